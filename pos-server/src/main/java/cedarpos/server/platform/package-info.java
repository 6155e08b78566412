/**
 * What every module stands on: the database (data source, Flyway, epoch, readiness), the startup gate, request
 * bodies and refusals ({@code {"code","message"}}), and the guard every REST call passes (branch id 400, database
 * 503, known branch 404; {@link cedarpos.server.platform.KnownBranches} is implemented by the branch module).
 * Depends on no other module.
 */
package cedarpos.server.platform;
