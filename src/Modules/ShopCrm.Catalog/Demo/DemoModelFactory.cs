using System.Globalization;

namespace ShopCrm.Catalog.Demo;

// Makes believable models of each kind: names as shops write them ("Shimano Stradic FL 2500 HG"),
// specification values that fit the name, a shelf price ending in ,99, a weight and a description.
internal static class DemoModelFactory
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");
    private static readonly string[] LureColours = ["Perch", "Firetiger", "Hot Olive", "Real Roach", "Silver Blue", "Motor Oil", "UV Chartreuse", "Pike", "Gold Red", "Ghost Shad"];
    private static readonly string[] LineColours = ["przezroczysta", "zielona", "szara", "żółta fluo", "multikolor", "brązowa"];
    private static readonly string[] Sizes = ["S", "M", "L", "XL", "XXL", "3XL"];

    public static DemoModel Make(string kind, Random random)
    {
        var (brand, seriesList) = Pick(random, DemoAssortment.Lines[kind]);
        var series = Pick(random, seriesList);
        var line = $"{brand} {series}";
        var specs = new Dictionary<string, object>();
        string name;
        string[] tags;
        decimal price;
        int grams;
        string description;
        switch (kind)
        {
            case "rod-spin":
            {
                var length = Pick(random, [1.98, 2.10, 2.28, 2.40, 2.70, 3.00]);
                var casting = Pick(random, [7, 10, 15, 20, 28, 35, 50, 80]);
                specs["Długość"] = length;
                specs["Liczba składów"] = 2.0;
                specs["Ciężar wyrzutu"] = (double)casting;
                specs["Materiał blanku"] = Pick(random, ["Węgiel", "Kompozyt"]);
                specs["Akcja"] = Pick(random, ["Szybka", "Średnio-szybka", "Paraboliczna"]);
                name = $"Wędka spinningowa {line} {Metres(length)} m {casting / 3}-{casting} g";
                tags = casting <= 10 ? ["spinning", "okoniowe", "ultralight"] : casting <= 28 ? ["spinning", "okoniowe", "na sandacza"] : ["spinning", "na szczupaka", "na sandacza"];
                price = Between(random, 149, 1299);
                grams = random.Next(110, 220);
                description = $"Czuła wędka spinningowa o długości {Metres(length)} m i ciężarze wyrzutu do {casting} g. Dwuskładowy blank z włókna węglowego, przelotki SiC i rękojeść z korka i EVA. Dobra z brzegu i z łodzi.";
                break;
            }

            case "rod-carp":
            {
                var length = Pick(random, [3.60, 3.90]);
                var test = Pick(random, [2.75, 3.0, 3.25, 3.5]);
                specs["Długość"] = length;
                specs["Liczba składów"] = 2.0;
                specs["Krzywa ugięcia"] = test;
                specs["Materiał blanku"] = "Węgiel";
                name = $"Wędka karpiowa {line} {Metres(length)} m {Metres(test)} lb";
                tags = ["karpiarstwo"];
                price = Between(random, 199, 1499);
                grams = random.Next(280, 390);
                description = $"Dwuskładowa wędka karpiowa {Metres(length)} m o krzywej ugięcia {Metres(test)} lb: daleki rzut ciężkim zestawem i zapas mocy przy holu dużej ryby. Przelotka wejściowa 50 mm.";
                break;
            }

            case "rod-feeder":
            {
                var length = Pick(random, [3.30, 3.60, 3.90, 4.20]);
                var casting = Pick(random, [60, 80, 100, 120, 150]);
                specs["Długość"] = length;
                specs["Liczba składów"] = 3.0;
                specs["Ciężar wyrzutu"] = (double)casting;
                specs["Liczba szczytówek"] = 3.0;
                name = $"Wędka feederowa {line} {Metres(length)} m do {casting} g";
                tags = ["feeder"];
                price = Between(random, 179, 999);
                grams = random.Next(220, 330);
                description = $"Trzyskładowy feeder {Metres(length)} m z kompletem trzech szczytówek, do koszyków i podajników method do {casting} g. Na rzekę i duże jeziora.";
                break;
            }

            case "rod-sea":
            {
                var length = Pick(random, [2.10, 2.40, 2.70]);
                var casting = Pick(random, [150, 200, 300, 400]);
                specs["Długość"] = length;
                specs["Liczba składów"] = 2.0;
                specs["Ciężar wyrzutu"] = (double)casting;
                name = $"Wędka morska {line} {Metres(length)} m {casting} g";
                tags = ["morskie", "łódź"];
                price = Between(random, 199, 899);
                grams = random.Next(300, 450);
                description = $"Mocna wędka morska do pilkerów do {casting} g: dorsze na Bałtyku i wyprawy do Norwegii. Przelotki odporne na sól.";
                break;
            }

            case "rod-ice":
            {
                var length = Pick(random, [0.45, 0.55, 0.65]);
                specs["Długość"] = length;
                specs["Liczba składów"] = 1.0;
                specs["Materiał blanku"] = Pick(random, ["Kompozyt", "Włókno szklane"]);
                name = $"Wędka podlodowa {line} {Metres(length)} m";
                tags = ["podlodówka", "okoniowe"];
                price = Between(random, 29, 149);
                grams = random.Next(40, 90);
                description = $"Krótka wędka podlodowa {Metres(length)} m z czułą szczytówką do mormyszki i blaszki. Rękojeść z pianki, która nie wyziębia dłoni.";
                break;
            }

            case "reel-spin" or "reel-carp" or "reel-multi":
            {
                var size = kind switch
                {
                    "reel-spin" => Pick(random, [1000, 2000, 2500, 3000, 4000]),
                    "reel-carp" => Pick(random, [5000, 6000, 8000, 10000, 14000]),
                    _ => Pick(random, [100, 150, 200, 300]),
                };
                var bearings = random.Next(3, 12);
                var ratio = Pick(random, ["5.0:1", "5.2:1", "6.2:1", "4.6:1"]);
                specs["Rozmiar kołowrotka"] = (double)size;
                specs["Liczba łożysk"] = (double)bearings;
                specs["Przełożenie"] = ratio;
                specs["Waga"] = (double)(kind == "reel-carp" ? random.Next(420, 680) : random.Next(180, 320));
                var model = $"{size}{Pick(random, ["", " HG", " XG", " FA", " C"])}".TrimEnd();
                if (kind == "reel-multi")
                {
                    specs["Licznik linki"] = random.Next(3) == 0;
                    name = $"Multiplikator {line} {model}";
                    tags = ["spinning", "morskie", "łódź"];
                    price = Between(random, 349, 1599);
                }
                else if (kind == "reel-carp")
                {
                    specs["Hamulec"] = Pick(random, ["Przedni", "Wolny bieg"]);
                    name = $"Kołowrotek karpiowy {line} {model}";
                    tags = ["karpiarstwo", "feeder"];
                    price = Between(random, 199, 1299);
                }
                else
                {
                    specs["Hamulec"] = Pick(random, ["Przedni", "Przedni", "Tylny"]);
                    name = $"Kołowrotek {line} {model}";
                    tags = size <= 2000 ? ["spinning", "okoniowe", "ultralight"] : ["spinning", "na szczupaka"];
                    price = Between(random, 99, 1199);
                }

                grams = (int)(double)specs["Waga"] + 150;
                description = $"Kołowrotek w rozmiarze {size} z {bearings} łożyskami i przełożeniem {ratio}. Płynna praca, precyzyjny hamulec i szpula, która równo układa linkę.";
                break;
            }

            case "line-mono" or "line-braid" or "line-fluoro":
            {
                var braid = kind == "line-braid";
                var diameter = braid ? Pick(random, [0.06, 0.08, 0.10, 0.12, 0.15, 0.18]) : Pick(random, [0.14, 0.16, 0.18, 0.20, 0.22, 0.25, 0.28, 0.30, 0.35]);
                var strength = Math.Round(diameter * (braid ? 55 : 24) + random.NextDouble(), 1);
                var spool = braid ? Pick(random, [135, 150, 275]) : kind == "line-fluoro" ? Pick(random, [20, 50]) : Pick(random, [150, 200, 300, 600]);
                specs["Średnica"] = diameter;
                specs["Wytrzymałość"] = strength;
                specs["Długość nawoju"] = (double)spool;
                specs["Kolor"] = kind == "line-fluoro" ? "przezroczysta" : Pick(random, LineColours);
                if (braid)
                {
                    specs["Liczba splotów"] = Pick(random, [4.0, 8.0, 12.0]);
                }

                var what = braid ? "Plecionka" : kind == "line-fluoro" ? "Fluorocarbon" : "Żyłka";
                name = $"{what} {line} {diameter.ToString("0.00", CultureInfo.InvariantCulture)} mm {spool} m";
                tags = braid ? ["spinning", "na szczupaka", "na sandacza"] : diameter >= 0.25 ? ["karpiarstwo", "feeder"] : ["spławik", "feeder", "okoniowe"];
                price = braid ? Between(random, 39, 189) : Between(random, 12, 79);
                grams = random.Next(20, 90);
                description = $"{what} o średnicy {diameter.ToString("0.00", Polish)} mm i wytrzymałości {strength.ToString("0.0", Polish)} kg, nawój {spool} m. Mała rozciągliwość, dobra odporność na przetarcia.";
                break;
            }

            case "hook":
            {
                var size = Pick(random, [2, 4, 6, 8, 10, 12, 14, 16, 18]);
                var count = Pick(random, [6, 8, 10, 25]);
                var barbed = random.Next(3) > 0;
                specs["Rozmiar haczyka"] = (double)size;
                specs["Liczba w opakowaniu"] = (double)count;
                specs["Zadzior"] = barbed;
                name = $"Haczyki {line} nr {size}{(barbed ? "" : " bezzadziorowe")} ({count} szt.)";
                tags = size <= 6 ? ["karpiarstwo"] : ["spławik", "feeder"];
                price = Between(random, 7, 39);
                grams = 10;
                description = $"Ostre, chemicznie ostrzone haczyki nr {size}, {count} sztuk w opakowaniu{(barbed ? "" : ", bez zadziora: łowiska no-kill")}.";
                break;
            }

            case "wobbler" or "soft" or "spoon":
            {
                var length = kind == "spoon" ? Pick(random, [3.0, 4.0, 5.0, 7.0]) : Pick(random, [3.5, 5.0, 7.0, 9.0, 11.0, 14.0, 18.0]);
                var weight = Math.Round(length * length * (kind == "soft" ? 0.12 : 0.22) + random.Next(1, 4), 0);
                var colour = Pick(random, LureColours);
                specs["Długość przynęty"] = length;
                specs["Waga przynęty"] = weight;
                specs["Kolor"] = colour;
                var lengthText = length.ToString("0.#", Polish);
                if (kind == "wobbler")
                {
                    specs["Pływalność"] = Pick(random, ["Pływający", "Tonący", "Zawieszony"]);
                    specs["Głębokość schodzenia"] = Math.Round(0.5 + random.NextDouble() * 4, 1);
                    name = $"Wobler {line} {lengthText} cm {weight} g {colour}";
                    price = Between(random, 24, 89);
                }
                else if (kind == "soft")
                {
                    var count = length <= 7 ? 5 : length <= 11 ? 3 : 1;
                    specs["Liczba w opakowaniu"] = (double)count;
                    name = $"Guma {line} {lengthText} cm {colour} ({count} szt.)";
                    price = Between(random, 12, 49);
                }
                else
                {
                    var type = Pick(random, ["Obrotowa", "Wahadłowa"]);
                    specs["Typ błystki"] = type;
                    name = $"Błystka {type.ToLowerInvariant()} {line} nr {(int)length} {weight} g";
                    price = Between(random, 9, 39);
                }

                tags = length >= 11 ? ["spinning", "na szczupaka", "sumowe"] : length >= 7 ? ["spinning", "na szczupaka", "na sandacza"] : ["spinning", "okoniowe", "ultralight"];
                grams = (int)weight + 15;
                description = $"Przynęta o długości {lengthText} cm i wadze {weight} g w kolorze {colour}. Wyrazista praca już przy wolnym prowadzeniu.";
                break;
            }

            case "groundbait" or "boilie" or "pellet":
            {
                var pack = kind == "groundbait" ? Pick(random, [1.0, 2.5]) : Pick(random, [0.7, 1.0, 5.0]);
                var flavour = Pick(random, ["Wanilia", "Truskawka", "Halibut", "Kukurydza", "Scopex", "Czosnek", "Ochotka", "Tutti-frutti"]);
                specs["Waga opakowania"] = pack;
                specs["Smak"] = flavour;
                var packText = pack.ToString("0.#", Polish);
                if (kind == "boilie")
                {
                    var diameter = Pick(random, [16, 20, 24]);
                    specs["Średnica kulki"] = (double)diameter;
                    name = $"Kulki proteinowe {line} {diameter} mm {flavour} {packText} kg";
                    tags = ["karpiarstwo"];
                }
                else
                {
                    name = $"{(kind == "pellet" ? "Pellet" : "Zanęta")} {line} {flavour} {packText} kg";
                    tags = kind == "pellet" ? ["karpiarstwo", "feeder"] : ["feeder", "spławik"];
                }

                price = Between(random, 9, pack >= 5 ? 189 : 59);
                grams = (int)(pack * 1000) + 40;
                description = $"{packText} kg, smak {flavour.ToLowerInvariant()}. Dobrze się klei i pracuje w wodzie, przyciąga ryby na łowisko i długo je na nim trzyma.";
                break;
            }

            case "net":
            {
                var width = Pick(random, [50, 60, 70, 80, 100]);
                var handle = Pick(random, [1.8, 2.1, 2.5, 3.0, 4.0]);
                var rubber = random.Next(2) == 0;
                specs["Szerokość kosza"] = (double)width;
                specs["Długość rączki"] = handle;
                specs["Siatka gumowana"] = rubber;
                name = $"Podbierak {line} {width} cm {Metres(handle)} m{(rubber ? " gumowany" : "")}";
                tags = width >= 80 ? ["karpiarstwo", "na szczupaka"] : ["feeder", "spławik", "spinning"];
                price = Between(random, 69, 399);
                grams = random.Next(450, 1200);
                description = $"Podbierak z koszem {width} cm i teleskopową rączką {Metres(handle)} m.{(rubber ? " Gumowana siatka nie plącze kotwic i chroni śluz ryby." : "")}";
                break;
            }

            case "jacket" or "waders" or "cap":
            {
                var size = Pick(random, Sizes);
                var waterproof = kind != "cap" || random.Next(3) == 0;
                specs["Rozmiar odzieży"] = size;
                specs["Wodoodporność"] = waterproof;
                var what = kind switch { "jacket" => "Kurtka wędkarska", "waders" => "Spodniobuty", _ => Pick(random, ["Czapka zimowa", "Rękawice neoprenowe"]) };
                name = $"{what} {line} {size}";
                tags = kind == "waders" ? ["spinning", "feeder"] : ["podlodówka", "morskie"];
                price = kind == "cap" ? Between(random, 29, 119) : Between(random, 199, 899);
                grams = kind == "cap" ? 120 : random.Next(800, 2200);
                description = $"{what} w rozmiarze {size}{(waterproof ? ", wodoodporna, z oddychającą membraną" : "")}. Na długie godziny nad wodą w chłodne dni.";
                break;
            }

            case "echo":
            {
                var screen = Pick(random, [4.0, 5.0, 7.0, 9.0, 12.0]);
                var gps = screen >= 5 || brand == "Deeper";
                specs["Przekątna ekranu"] = screen;
                specs["GPS"] = gps;
                specs["Zasięg głębokości"] = (double)Pick(random, [80, 200, 500]);
                name = brand == "Deeper" ? $"Echosonda zarzucana {line}" : $"Echosonda {line} {screen:0}";
                tags = ["łódź", "spinning", "morskie"];
                price = brand == "Deeper" ? Between(random, 699, 1399) : Between(random, 499, 5999);
                grams = random.Next(300, 1600);
                description = $"Echosonda z ekranem {screen:0}\"{(gps ? " i GPS do zapisywania miejscówek" : "")}. Pokazuje ryby, strukturę dna i roślinność, czytelna w pełnym słońcu.";
                break;
            }

            case "battery":
            {
                var capacity = Pick(random, [7, 12, 20, 50, 100]);
                var type = capacity <= 20 ? Pick(random, ["LiFePO4", "AGM"]) : Pick(random, ["LiFePO4", "AGM", "Żelowy"]);
                specs["Pojemność"] = (double)capacity;
                specs["Napięcie"] = 12.0;
                specs["Typ akumulatora"] = type;
                name = $"Akumulator {line} {type} 12 V {capacity} Ah";
                tags = ["łódź"];
                price = Between(random, capacity * 8, capacity * 25);
                grams = capacity * (type == "LiFePO4" ? 120 : 290);
                description = $"Akumulator {type} 12 V {capacity} Ah do echosondy i silnika elektrycznego. Wytrzymuje głębokie rozładowania i setki cykli.";
                break;
            }

            default:
            {
                var waterproof = random.Next(4) > 0;
                specs["Wodoodporność"] = waterproof;
                specs["Zasilanie"] = Pick(random, ["bateria 9 V", "2 x AAA", "akumulator USB"]);
                name = $"Sygnalizator brań {line} {Pick(random, ["", "zestaw 3+1 ", "zestaw 4+1 "])}".TrimEnd();
                tags = ["karpiarstwo"];
                price = Between(random, 49, 899);
                grams = random.Next(80, 900);
                description = $"Elektroniczny sygnalizator brań z regulacją głośności i czułości{(waterproof ? ", wodoodporny" : "")}. Nie przegapisz brania w nocy.";
                break;
            }
        }

        return new DemoModel(kind, brand, series, name, specs, tags, (long)(price * 100), grams, description);
    }

    private static T Pick<T>(Random random, T[] items) => items[random.Next(items.Length)];

    // A shelf price between the bounds that ends in ,99 (gross).
    private static decimal Between(Random random, int min, int max) => random.Next(min / 5, max / 5 + 1) * 5 - 0.01m;

    private static string Metres(double value) => value.ToString("0.00", Polish);
}
