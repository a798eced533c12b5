using static ShopCrm.Catalog.Demo.DemoCategory;
using static ShopCrm.Catalog.Demo.DemoSpec;

namespace ShopCrm.Catalog.Demo;

// The fishing-gear shop's structure: the category tree with typed specifications, the brands and their
// series per kind of model, the tags anglers search by, the interests and the rating criteria.
internal static class DemoAssortment
{
    public static readonly DemoCategory[] Tree =
    [
        Branch("Wędki", [Number("Długość", "m"), Number("Liczba składów", null), Option("Materiał blanku", "Węgiel|Kompozyt|Włókno szklane", required: false)],
            Leaf("Wędki spinningowe", "rod-spin", Number("Ciężar wyrzutu", "g"), Option("Akcja", "Szybka|Średnio-szybka|Paraboliczna", required: false)),
            Leaf("Wędki karpiowe", "rod-carp", Number("Krzywa ugięcia", "lb")),
            Leaf("Wędki feederowe", "rod-feeder", Number("Ciężar wyrzutu", "g"), Number("Liczba szczytówek", null, required: false)),
            Leaf("Wędki morskie", "rod-sea", Number("Ciężar wyrzutu", "g")),
            Leaf("Wędki podlodowe", "rod-ice")),
        Branch("Kołowrotki", [Number("Rozmiar kołowrotka", null), Number("Liczba łożysk", null), Text("Przełożenie"), Number("Waga", "g", required: false)],
            Leaf("Kołowrotki spinningowe", "reel-spin", Option("Hamulec", "Przedni|Tylny")),
            Leaf("Kołowrotki karpiowe", "reel-carp", Option("Hamulec", "Przedni|Tylny|Wolny bieg")),
            Leaf("Multiplikatory", "reel-multi", YesNo("Licznik linki"))),
        Branch("Żyłki i plecionki", [Number("Średnica", "mm"), Number("Wytrzymałość", "kg"), Number("Długość nawoju", "m"), Text("Kolor")],
            Leaf("Żyłki", "line-mono"),
            Leaf("Plecionki", "line-braid", Number("Liczba splotów", null, required: false)),
            Leaf("Fluorocarbony", "line-fluoro")),
        Leaf("Haczyki", "hook", Number("Rozmiar haczyka", null), Number("Liczba w opakowaniu", "szt."), YesNo("Zadzior")),
        Branch("Przynęty", [Number("Waga przynęty", "g"), Number("Długość przynęty", "cm"), Text("Kolor")],
            Leaf("Woblery", "wobbler", Option("Pływalność", "Pływający|Tonący|Zawieszony"), Number("Głębokość schodzenia", "m", required: false)),
            Leaf("Gumy", "soft", Number("Liczba w opakowaniu", "szt.", required: false)),
            Leaf("Błystki", "spoon", Option("Typ błystki", "Obrotowa|Wahadłowa|Pilker"))),
        Branch("Zanęty i przynęty", [Number("Waga opakowania", "kg"), Option("Smak", "Wanilia|Truskawka|Halibut|Kukurydza|Scopex|Czosnek|Ochotka|Tutti-frutti")],
            Leaf("Zanęty", "groundbait"),
            Leaf("Kulki proteinowe", "boilie", Number("Średnica kulki", "mm")),
            Leaf("Pellety", "pellet")),
        Leaf("Podbieraki i siatki", "net", Number("Długość rączki", "m", required: false), Number("Szerokość kosza", "cm"), YesNo("Siatka gumowana")),
        Branch("Odzież", [Option("Rozmiar odzieży", "S|M|L|XL|XXL|3XL"), YesNo("Wodoodporność", required: true)],
            Leaf("Kurtki", "jacket"),
            Leaf("Spodniobuty i wodery", "waders"),
            Leaf("Czapki i rękawice", "cap")),
        Branch("Elektronika", [],
            Leaf("Echosondy", "echo", Number("Przekątna ekranu", "cal"), YesNo("GPS", required: true), Number("Zasięg głębokości", "m", required: false)),
            Leaf("Akumulatory", "battery", Number("Pojemność", "Ah"), Number("Napięcie", "V"), Option("Typ akumulatora", "LiFePO4|AGM|Żelowy")),
            Leaf("Sygnalizatory brań", "alarm", YesNo("Wodoodporność"), Text("Zasilanie"))),
    ];

    // How many of every hundred models are of each kind (lures and rods fill most of a fishing shop).
    public static readonly IReadOnlyDictionary<string, int> Weights = new Dictionary<string, int>
    {
        ["rod-spin"] = 8, ["rod-carp"] = 4, ["rod-feeder"] = 4, ["rod-sea"] = 2, ["rod-ice"] = 2,
        ["reel-spin"] = 6, ["reel-carp"] = 4, ["reel-multi"] = 2,
        ["line-mono"] = 4, ["line-braid"] = 4, ["line-fluoro"] = 2,
        ["hook"] = 7,
        ["wobbler"] = 12, ["soft"] = 10, ["spoon"] = 6,
        ["groundbait"] = 4, ["boilie"] = 3, ["pellet"] = 2,
        ["net"] = 3,
        ["jacket"] = 2, ["waders"] = 1, ["cap"] = 2,
        ["echo"] = 2, ["battery"] = 2, ["alarm"] = 2,
    };

    // Brands with their series for each kind of model they make.
    public static readonly IReadOnlyDictionary<string, (string Brand, string[] Series)[]> Lines = new Dictionary<string, (string, string[])[]>
    {
        ["rod-spin"] = [("Shimano", ["Catana EX", "Aernos", "Vengeance", "Sustain"]), ("Daiwa", ["Ninja X", "Legalis", "Crossfire"]), ("Mikado", ["Sakura Ultra", "Fish Hunter", "Intro"]),
            ("Jaxon", ["Grey Stream", "Intensa"]), ("Dragon", ["Christo", "Finezja", "Millenium"]), ("Savage Gear", ["SG2", "SG4"]), ("Konger", ["Carbomaster"]), ("Team Dragon", ["Tokara"])],
        ["rod-carp"] = [("Shimano", ["Tribal TX-1", "Alivio"]), ("Daiwa", ["Black Widow", "Crosscast"]), ("Mikado", ["Intro Carp", "Sensei"]), ("Robinson", ["Diamond Carp"]),
            ("Korum", ["Snapper"]), ("Delphin", ["Etna", "Zyrox"]), ("Jaxon", ["Green Point"])],
        ["rod-feeder"] = [("Preston", ["Monster X", "Carbonactive"]), ("Mikado", ["Trython Feeder"]), ("Daiwa", ["Ninja Feeder"]), ("Jaxon", ["Grey Stream Feeder"]),
            ("Robinson", ["Sazan"]), ("Konger", ["Solar Feeder"]), ("Delphin", ["Power Feeder"])],
        ["rod-sea"] = [("Shimano", ["Beastmaster"]), ("Daiwa", ["Sealine"]), ("Dragon", ["Mega Baits"]), ("Jaxon", ["Prime Sea"]), ("Savage Gear", ["Salt 1DR"])],
        ["rod-ice"] = [("Mikado", ["Ice Lord"]), ("Jaxon", ["Ice Pro"]), ("Dragon", ["Ice Special"]), ("Konger", ["Ice Master"])],
        ["reel-spin"] = [("Shimano", ["Stradic FL", "Sedona FJ", "Nasci FC", "Vanford"]), ("Daiwa", ["Ninja LT", "Fuego LT", "Legalis LT"]), ("Mikado", ["Crysis", "Almaz"]),
            ("Jaxon", ["Jaguar"]), ("Dragon", ["Team Dragon FD"]), ("Delphin", ["Capri"])],
        ["reel-carp"] = [("Shimano", ["Baitrunner DL", "Ultegra XTD"]), ("Daiwa", ["Emcast", "Black Widow BR"]), ("Mikado", ["Big Fish"]), ("Delphin", ["TBX"]), ("Robinson", ["Diamond BR"])],
        ["reel-multi"] = [("Shimano", ["SLX", "Tranx"]), ("Daiwa", ["Tatula", "Saltist"]), ("Savage Gear", ["SG4BC"])],
        ["line-mono"] = [("Mikado", ["Nihonto", "Eyes Blue"]), ("Dragon", ["Millenium", "HM80"]), ("Robinson", ["Zoom"]), ("Konger", ["Steelon"]), ("Shimano", ["Technium"]), ("Jaxon", ["Satori"])],
        ["line-braid"] = [("Shimano", ["Kairiki 8"]), ("Daiwa", ["J-Braid X8"]), ("Mikado", ["Nihonto Octa"]), ("Dragon", ["Invisible"]), ("Savage Gear", ["HD8"]), ("Jaxon", ["Hegemon"])],
        ["line-fluoro"] = [("Shimano", ["Ocea"]), ("Daiwa", ["Tournament"]), ("Mikado", ["Fluorocarbon"]), ("Savage Gear", ["Regular"])],
        ["hook"] = [("Gamakatsu", ["LS-2210", "A1 G-Carp"]), ("Korum", ["Xpert"]), ("Mikado", ["Sensual", "Chinu"]), ("Jaxon", ["Gold Point"]), ("Dragon", ["Kaizen"])],
        ["wobbler"] = [("Salmo", ["Hornet", "Slider", "Perch"]), ("Rapala", ["X-Rap", "Shad Rap", "Original Floater"]), ("Dragon", ["Jerky"]), ("Savage Gear", ["4D Line Thru", "3D Roach"]),
            ("Jaxon", ["Holo Select"]), ("Kuusamo", ["Rasanen"])],
        ["soft"] = [("Savage Gear", ["Cannibal", "Fat Minnow"]), ("Dragon", ["V-Lures", "Fatty"]), ("Mikado", ["Fishunter", "Sicario"]), ("Jaxon", ["Magic Fish"]), ("Konger", ["Sterling"])],
        ["spoon"] = [("Mepps", ["Aglia", "Comet"]), ("Dragon", ["Reflex"]), ("Mikado", ["Bora"]), ("Kuusamo", ["Professor"]), ("Savage Gear", ["Sea Bass Pilker"])],
        ["groundbait"] = [("Traper", ["Popular", "Method Feeder"]), ("Sensas", ["3000"]), ("Mivardi", ["Rapid"]), ("Preston", ["Innovations"]), ("Dragon", ["Hotmix"])],
        ["boilie"] = [("Dynamite Baits", ["The Source"]), ("Mivardi", ["Rapid Boilies"]), ("Traper", ["Carp Team"]), ("Korum", ["Carp Baits"])],
        ["pellet"] = [("Dynamite Baits", ["Swim Stim"]), ("Traper", ["Method Pellet"]), ("Preston", ["Ethos"])],
        ["net"] = [("Korum", ["Latex"]), ("Preston", ["Quick Dry"]), ("Mikado", ["Trython"]), ("Jaxon", ["Carbon"]), ("Delphin", ["Kamo"]), ("Robinson", ["Tele"])],
        ["jacket"] = [("Savage Gear", ["Hybrid"]), ("Delphin", ["Atak"]), ("Mikado", ["Thermo"]), ("Korum", ["Neoteric"])],
        ["waders"] = [("Jaxon", ["Neopren"]), ("Savage Gear", ["SG4"]), ("Behr", ["Classic"])],
        ["cap"] = [("Delphin", ["Winter"]), ("Mikado", ["Team"]), ("Savage Gear", ["Salt"]), ("Korum", ["Neoteric"])],
        ["echo"] = [("Lowrance", ["Hook Reveal", "Elite FS"]), ("Garmin", ["Striker Vivid", "Echomap UHD"]), ("Deeper", ["Chirp+ 2", "Pro+ 2"]), ("Humminbird", ["Helix"])],
        ["battery"] = [("Ultimatron", ["LiFePO4 Smart"]), ("Vipow", ["AGM Deep Cycle"]), ("Lowrance", ["Power Pack"])],
        ["alarm"] = [("Delphin", ["Hunt", "Fire"]), ("Mivardi", ["Combi"]), ("Korum", ["Bite Alarm"])],
    };

    public static readonly (string Name, string? Synonyms, bool Frequent)[] Tags =
    [
        ("na szczupaka", "szczupak, esox, zębaty, szczupakowe", true),
        ("na sandacza", "sandacz, sandaczowe, kłapacz", true),
        ("okoniowe", "okoń, pasiak, garbus, na okonia", true),
        ("karpiarstwo", "karp, carp, karpiowanie, zasiadka", true),
        ("spinning", "spinningowanie, spin, na sztuczną", true),
        ("feeder", "koszyczek, method feeder, metoda, gruntówka", true),
        ("morskie", "dorsz, bałtyk, wyprawy morskie, norwegia, morszczuk", true),
        ("podlodówka", "lód, zimowe, mormyszka, podlodowe, blaszka", true),
        ("ultralight", "UL, lekki spinning, pstrąg", false),
        ("sumowe", "sum, sumiarstwo, wąsacz", false),
        ("spławik", "spławikowe, bat, bolonka, odległościówka", false),
        ("łódź", "z łodzi, ponton, trolling", false),
    ];

    public static readonly (string Name, string Tag)[] Interests =
    [
        ("Karpiarstwo", "karpiarstwo"), ("Spinning", "spinning"), ("Feeder", "feeder"), ("Wędkarstwo morskie", "morskie"),
        ("Wędkarstwo podlodowe", "podlodówka"), ("Drapieżniki", "na szczupaka"), ("Wędkarstwo z łodzi", "łódź"),
    ];

    // Review criteria: by category name (reaching its subcategories) or by tag name.
    public static readonly (string Name, string? Category, string? Tag)[] RatingParameters =
    [
        ("Jakość wykonania", "Wędki", null), ("Czułość blanku", "Wędki", null), ("Stosunek ceny do jakości", "Wędki", null),
        ("Płynność pracy", "Kołowrotki", null), ("Działanie hamulca", "Kołowrotki", null), ("Nawijanie żyłki", "Kołowrotki", null),
        ("Wytrzymałość", "Żyłki i plecionki", null), ("Pamięć żyłki", "Żyłki i plecionki", null),
        ("Praca w wodzie", "Przynęty", null), ("Skuteczność", "Przynęty", null),
        ("Czytelność ekranu", "Elektronika", null), ("Czas pracy na baterii", "Elektronika", null),
        ("Wygoda", "Odzież", null), ("Ochrona przed wodą", "Odzież", null),
        ("Przydatność na zasiadkę", null, "karpiarstwo"), ("Sprawdza się na lodzie", null, "podlodówka"),
    ];

    public static readonly string[] Cities =
    [
        "Gdańsk", "Gdynia", "Szczecin", "Poznań", "Wrocław", "Kraków", "Łódź", "Lublin", "Białystok", "Olsztyn", "Bydgoszcz", "Toruń", "Kielce",
        "Rzeszów", "Opole", "Katowice", "Zielona Góra", "Koszalin", "Słupsk", "Elbląg", "Płock", "Kalisz", "Leszno", "Giżycko", "Mrągowo",
        "Augustów", "Ełk", "Suwałki", "Sandomierz", "Tarnów", "Nowy Sącz", "Zakopane", "Legnica", "Wałcz", "Piła", "Konin", "Siedlce", "Chełm",
    ];

    public static readonly string[] SupplierKinds = ["Hurtownia Wędkarska", "Centrum Wędkarskie", "Fish-Hurt", "Wędkarz Hurt", "Rybak Dystrybucja", "Sport-Fish", "Karp-Hurt"];

    public static readonly string[] Importers =
    [
        "Shimano Polska Sp. z o.o.", "Mikado Sp. z o.o.", "Jaxon Sp. z o.o.", "Dragon Sp. z o.o.", "Robinson Europe Sp. z o.o.", "Konger Polska",
        "Delphin Polska", "Savage Gear Polska (Svendsen Sport)", "Traper Sp. z o.o.", "Garmin Polska Sp. z o.o.",
    ];

    public static readonly string[] ContactNames =
    [
        "Marek Nowicki", "Ewa Kaczmarek", "Grzegorz Mazur", "Joanna Krawczyk", "Andrzej Pawlak", "Beata Michalska", "Krzysztof Wróbel", "Iwona Jabłońska",
    ];
}
