/**
 * A deliberately bad terminal, in test sources only, that breaks each of {@link cedarpos.terminal.TerminalRules}
 * once, so {@code TerminalRulesTest} can show every rule fails. {@code ArchitectureTest} never imports it.
 */
package cedarpos.terminal.archfixture;
