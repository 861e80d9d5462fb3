package uk.org.throughline.domain.model.person;

/** Self-defined ethnicity, the 2021 census categories for England and Wales with the police codes. */
public enum Ethnicity {
    A1("Asian or Asian British: Indian"),
    A2("Asian or Asian British: Pakistani"),
    A3("Asian or Asian British: Bangladeshi"),
    A4("Asian or Asian British: Chinese"),
    A9("Asian or Asian British: any other Asian background"),
    B1("Black, Black British, Caribbean or African: Caribbean"),
    B2("Black, Black British, Caribbean or African: African"),
    B9("Black, Black British, Caribbean or African: any other Black background"),
    M1("Mixed or multiple: White and Black Caribbean"),
    M2("Mixed or multiple: White and Black African"),
    M3("Mixed or multiple: White and Asian"),
    M9("Mixed or multiple: any other mixed background"),
    W1("White: English, Welsh, Scottish, Northern Irish or British"),
    W2("White: Irish"),
    W3("White: Gypsy or Irish Traveller"),
    W4("White: Roma"),
    W9("White: any other White background"),
    O1("Other ethnic group: Arab"),
    O9("Other ethnic group: any other"),
    NS("Not stated");

    private final String label;

    Ethnicity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
