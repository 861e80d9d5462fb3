package uk.org.throughline.infrastructure.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Believable names and places for synthetic people. Surnames carry rough relative frequencies for
 * England and Wales (SMITH about 1.3% of people, twelve times a mid-table name), because a benchmark
 * with evenly spread surnames would hide the cost of the common ones; and a long tail of rarer
 * place-name surnames (Ashworth, Thornbury) makes up the rest, as in life, so that SMITH is not
 * five times commoner than it really is. Invented data only: no real person's record is copied here.
 */
final class SyntheticNames {

    /** "Surname weight" pairs; weights are roughly people per 10,000. */
    private static final String SURNAMES = """
            Smith 126,Jones 75,Williams 60,Taylor 50,Brown 50,Davies 48,Evans 40,Wilson 35,Thomas 35,Johnson 33,
            Roberts 33,Robinson 30,Thompson 30,Wright 29,Walker 28,White 27,Edwards 27,Hughes 27,Green 26,Hall 26,
            Lewis 25,Harris 25,Clarke 24,Patel 24,Jackson 24,Wood 23,Turner 22,Martin 22,Cooper 21,Hill 21,
            Ward 21,Morris 20,Moore 20,Clark 20,Lee 19,King 19,Baker 19,Harrison 18,Morgan 18,Allen 18,
            James 18,Scott 17,Phillips 17,Watson 17,Davis 17,Parker 16,Price 16,Bennett 16,Young 16,Griffiths 16,
            Mitchell 15,Kelly 15,Cook 15,Carter 15,Richardson 15,Bailey 15,Collins 15,Bell 14,Shaw 14,Murphy 14,
            Miller 14,Cox 14,Richards 13,Khan 13,Marshall 13,Anderson 13,Simpson 13,Ellis 13,Adams 13,Singh 13,
            Begum 12,Wilkinson 12,Foster 12,Chapman 12,Powell 12,Webb 12,Rogers 12,Gray 12,Mason 12,Ali 12,
            Hunt 11,Hussain 11,Campbell 11,Matthews 11,Owen 11,Palmer 11,Holmes 11,Mills 11,Barnes 11,Knight 11,
            Lloyd 11,Butler 11,Russell 11,Barker 10,Fisher 10,Stevens 10,Jenkins 10,Murray 10,Dixon 10,Harvey 10,
            Graham 9,Pearson 9,Ahmed 9,Fletcher 9,Walsh 9,Kaur 9,Gibson 9,Howard 9,Andrews 9,Stewart 9,
            Elliott 8,Reynolds 8,Saunders 8,Payne 8,Fox 8,Ford 8,Pearce 8,Day 8,Brooks 8,West 8,
            Lawrence 8,Cole 8,Atkinson 8,Bradley 8,Spencer 8,Gill 7,Dawson 7,Ball 7,Burton 7,O'Brien 7,
            Watts 7,Rose 7,Booth 7,Perry 7,Ryan 7,Grant 7,Wells 7,Armstrong 7,Francis 7,Rees 7,
            Hayes 6,Hart 6,Hudson 6,Newman 6,Barrett 6,Randall 6,Hunter 6,Carr 6,Lowe 6,Nowak 6,
            Kowalski 5,Wiśniewski 4,Lewandowska 4,O'Connor 5,O'Neill 5,McDonald 5,MacLeod 4,Doherty 5,Quinn 5,Byrne 5,
            Okafor 4,Mensah 4,Adeyemi 4,Nwosu 3,Chowdhury 4,Rahman 5,Islam 4,Mahmood 4,Iqbal 4,Sharma 4,
            Gupta 3,Kumar 4,Nguyen 3,Chen 3,Wong 3,Costa 3,Silva 3,Santos 3,Ferreira 3,Popescu 3,
            Smith-Jones 2,Lloyd-Davies 2,Hughes-Williams 2,Pryce-Owen 1,Ap Rhys 1,Llewellyn 3,Vaughan 4,Pugh 4,
            Prosser 2,Bevan 3,
            Schmidt 2,Smyth 3,Smithe 1,Jonas 1,Thomson 4,Tomlinson 3,Whyte 2,Stephens 4,Steven 2,Brownlow 1
            """;

    /** Rarer surnames are built from place-name parts: 40 x 30 of them, together about 74% of people. */
    private static final String[] TAIL_STARTS = {"Ash", "Black", "Brad", "Brook", "Bur", "Cal", "Chad", "Cran",
        "Dal", "Dun", "East", "Elm", "Fair", "Farn", "Gold", "Hal", "Hart", "Hay", "Hol", "Kings", "Lang", "Marsh",
        "Mid", "Nor", "Oak", "Pen", "Red", "Ros", "Sand", "Shel", "Stan", "Stock", "Sut", "Thorn", "Up", "War",
        "Wes", "Whit", "Wick", "Win"};
    private static final String[] TAIL_ENDS = {"ley", "ton", "worth", "wood", "field", "ford", "well", "by",
        "combe", "ham", "hurst", "ridge", "stone", "wick", "more", "dale", "croft", "bridge", "ington", "bury",
        "cott", "den", "shaw", "thorpe", "head", "brook", "land", "gate", "hill", "moor"};
    private static final int TAIL_WEIGHT = 6;

    private static final String MALE_FORENAMES = """
            John 40,David 38,Michael 35,Paul 30,Andrew 28,James 30,Mark 26,Richard 24,Peter 22,Robert 24,
            Stephen 22,Christopher 22,Daniel 20,Thomas 20,Matthew 18,Jonathan 10,Jon 4,Lee 8,Craig 8,Darren 8,
            Wayne 6,Dean 6,Gary 10,Kevin 10,Ian 10,Simon 9,Adam 10,Liam 10,Jack 12,Harry 10,
            Oliver 10,Joshua 10,Ryan 10,Jamie 8,Connor 6,Kyle 6,Callum 6,Jordan 6,Luke 8,Ben 6,
            Samuel 8,Joseph 9,George 8,William 10,Charlie 6,Alfie 4,Mohammed 8,Muhammad 6,Ahmed 4,Ali 4,
            Imran 3,Arjun 2,Rajesh 2,Sanjay 2,Łukasz 3,Piotr 3,Tomasz 3,Jakub 3,Marek 2,Andrzej 2,
            Seán 2,Sean 6,Shaun 5,Shane 3,Declan 3,Ciarán 2,Rhys 5,Dafydd 2,Gareth 5,Owain 2,
            Emeka 2,Kwame 2,Tunde 2,Stefan 2,Ionut 2,José 2,Nathan 6,Aaron 6,Kieran 5,Reece 4
            """;

    private static final String FEMALE_FORENAMES = """
            Sarah 30,Emma 28,Claire 20,Laura 22,Lisa 20,Nicola 18,Rebecca 18,Louise 16,Kelly 14,Michelle 16,
            Jennifer 12,Amy 16,Hannah 14,Jessica 14,Sophie 14,Charlotte 14,Emily 14,Chloe 12,Chloë 3,Zoe 8,
            Zoë 4,Siân 4,Sian 4,Catrin 2,Rhiannon 3,Megan 8,Bethan 3,Aoife 2,Niamh 3,Siobhán 2,
            Mary 12,Margaret 8,Susan 12,Karen 14,Julie 14,Tracey 10,Joanne 12,Donna 8,Samantha 12,Stacey 8,
            Jade 8,Gemma 10,Kirsty 6,Leanne 8,Danielle 8,Natalie 10,Victoria 10,Amanda 10,Helen 12,Rachel 12,
            Katie 10,Lauren 10,Holly 6,Ellie 6,Olivia 8,Amelia 6,Isla 4,Grace 6,Ruby 5,Mia 5,
            Aisha 4,Fatima 4,Ayesha 3,Priya 3,Sana 3,Nadia 3,Zofia 3,Agnieszka 3,Katarzyna 3,Joanna 4,
            Renée 2,Anaïs 1,Chantelle 3,Tanisha 2,Abena 2,Chidinma 2,Ioana 2,Ana 2,Maria 6,Kayleigh 4
            """;

    private static final String TOWNS = """
            Northampton NN1 30,Northampton NN2 20,Northampton NN3 25,Northampton NN4 20,Northampton NN5 15,
            Kettering NN15 15,Kettering NN16 15,Corby NN17 20,Corby NN18 12,Wellingborough NN8 20,
            Rushden NN10 12,Daventry NN11 12,Towcester NN12 6,Brackley NN13 6,Raunds NN9 5,
            Desborough NN14 4,Thrapston NN14 3,Irthlingborough NN9 3,Oundle PE8 3,Burton Latimer NN15 3
            """;

    private static final String[] STREETS = {"Abington Avenue", "Kettering Road", "Wellingborough Road",
        "St James Road", "Harborough Road", "Station Road", "Church Lane", "High Street", "Victoria Road",
        "Queen Street", "Park Avenue", "Mill Lane", "Oakley Road", "Elizabeth Street", "Rockingham Road",
        "Occupation Road", "Midland Road", "Finedon Road", "Sheep Street", "Orchard Close", "Meadow Way",
        "Beech Crescent", "Willow Drive", "Cedar Grove", "Primrose Hill", "Lime Street", "Gold Street",
        "Market Street", "Newland Walk", "Brookside"};

    private static final String POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private final Weighted surnames = Weighted.parse(SURNAMES);
    private final Weighted maleForenames = Weighted.parse(MALE_FORENAMES);
    private final Weighted femaleForenames = Weighted.parse(FEMALE_FORENAMES);
    private final Weighted towns = Weighted.parse(TOWNS);

    SyntheticNames() {
        for (String start : TAIL_STARTS) {
            for (String end : TAIL_ENDS) {
                surnames.add(start + end, TAIL_WEIGHT);
            }
        }
    }

    String surname(SplittableRandom random) {
        return surnames.pick(random);
    }

    String forename(SplittableRandom random, boolean male) {
        return (male ? maleForenames : femaleForenames).pick(random);
    }

    /** A street address line, e.g. "27 Kettering Road". */
    String street(SplittableRandom random) {
        return (1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)];
    }

    /** Town and outward postcode, e.g. "Kettering NN16", picked by rough population. */
    String townAndDistrict(SplittableRandom random) {
        return towns.pick(random);
    }

    /** A full postcode in the district, e.g. "NN16 8AB". */
    static String postcode(String district, SplittableRandom random) {
        return district + " " + (1 + random.nextInt(9)) + POSTCODE_LETTERS.charAt(random.nextInt(20))
                + POSTCODE_LETTERS.charAt(random.nextInt(20));
    }

    /** Picks entries with probability proportional to their weight, in O(log n). */
    private static final class Weighted {

        private final List<String> values = new ArrayList<>();
        private final List<Integer> cumulative = new ArrayList<>();
        private int total;

        /** From "value weight" pairs separated by commas. */
        static Weighted parse(String entries) {
            Weighted weighted = new Weighted();
            for (String entry : entries.replace("\n", "").split(",")) {
                String trimmed = entry.strip();
                int space = trimmed.lastIndexOf(' ');
                weighted.add(trimmed.substring(0, space), Integer.parseInt(trimmed.substring(space + 1)));
            }
            return weighted;
        }

        void add(String value, int weight) {
            total += weight;
            values.add(value);
            cumulative.add(total);
        }

        String pick(SplittableRandom random) {
            int target = random.nextInt(total);
            int low = 0;
            int high = cumulative.size() - 1;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (cumulative.get(middle) > target) {
                    high = middle;
                } else {
                    low = middle + 1;
                }
            }
            return values.get(low);
        }
    }
}
