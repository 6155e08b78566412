package cedarpos.terminal.ui;

import com.formdev.flatlaf.FlatLightLaf;

/**
 * The Cedar POS theme: FlatLaf Light plus CedarPosLaf.properties beside this
 * class (FlatLaf loads a properties file named after each class of the theme).
 */
public class CedarPosLaf extends FlatLightLaf {
    private static final long serialVersionUID = 1L;
    public static final String NAME = "Cedar POS";

    public static boolean setup() {
        return setup(new CedarPosLaf());
    }

    @Override
    public String getName() {
        return NAME;
    }
}
