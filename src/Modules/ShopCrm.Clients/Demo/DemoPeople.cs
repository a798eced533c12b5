namespace ShopCrm.Clients.Demo;

// Polish names, streets and towns (with a real postal code in each voivodeship) the demo clients are made of.
internal static class DemoPeople
{
    public static readonly string[] MaleFirstNames =
        ["Jan", "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Michał", "Marcin", "Grzegorz", "Łukasz", "Adam", "Zbigniew", "Jerzy", "Tadeusz", "Mariusz", "Rafał", "Dariusz", "Wojciech", "Kamil", "Jakub", "Mateusz", "Sławomir", "Bartosz", "Józef"];

    public static readonly string[] FemaleFirstNames =
        ["Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna", "Elżbieta", "Magdalena", "Joanna", "Zofia", "Monika", "Dorota", "Beata", "Justyna", "Aleksandra", "Natalia"];

    // Male forms; "-ski", "-cki" and "-dzki" take a feminine ending.
    public static readonly string[] LastNames =
        ["Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński", "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur", "Kwiatkowski", "Krawczyk", "Piotrowski", "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Król", "Wieczorek", "Jabłoński", "Wróbel", "Nowicki", "Majewski", "Olszewski", "Stępień", "Malinowski", "Jaworski", "Adamczyk", "Dudek", "Nowacki", "Górski", "Sikora", "Walczak", "Baran", "Rutkowski", "Michalak", "Szewczyk", "Ostrowski", "Tomaszewski", "Pietrzak", "Zalewski", "Wróblewski", "Marciniak", "Jasiński", "Zawadzki", "Bąk", "Sadowski", "Jakubowski", "Duda", "Wilk", "Włodarczyk", "Chmielewski", "Borkowski", "Sokołowski", "Szczepański", "Sawicki", "Lis", "Kucharski", "Kalinowski", "Wysocki", "Mazurek", "Kubiak", "Czarnecki", "Kołodziej", "Leśniak", "Karpiński"];

    public static readonly string[] Streets =
        ["Długa", "Krótka", "Polna", "Leśna", "Słoneczna", "Ogrodowa", "Lipowa", "Brzozowa", "Kwiatowa", "Szkolna", "Kościuszki", "Mickiewicza", "Sienkiewicza", "Jana Pawła II", "Piłsudskiego", "Wiejska", "Rybacka", "Nadrzeczna", "Jeziorna", "Wędkarska", "Łąkowa", "Parkowa", "Kolejowa", "Zielona", "Akacjowa"];

    // Town, its postal code prefix and a spread of codes within it.
    public static readonly (string City, string PostalPrefix)[] Towns =
    [
        ("Warszawa", "0"), ("Radom", "26-6"), ("Płock", "09-4"), ("Kraków", "3"), ("Tarnów", "33-1"), ("Nowy Sącz", "33-3"),
        ("Gdańsk", "80-"), ("Gdynia", "81-"), ("Słupsk", "76-2"), ("Poznań", "6"), ("Kalisz", "62-8"), ("Konin", "62-5"),
        ("Wrocław", "5"), ("Legnica", "59-2"), ("Wałbrzych", "58-3"), ("Łódź", "9"), ("Piotrków Trybunalski", "97-3"),
        ("Katowice", "40-"), ("Gliwice", "44-1"), ("Częstochowa", "42-2"), ("Bielsko-Biała", "43-3"), ("Lublin", "20-"), ("Zamość", "22-4"),
        ("Rzeszów", "35-"), ("Przemyśl", "37-7"), ("Białystok", "15-"), ("Suwałki", "16-4"), ("Olsztyn", "10-"), ("Elbląg", "82-3"),
        ("Ełk", "19-3"), ("Szczecin", "7"), ("Koszalin", "75-"), ("Bydgoszcz", "85-"), ("Toruń", "87-1"), ("Włocławek", "87-8"),
        ("Opole", "45-"), ("Nysa", "48-3"), ("Kielce", "25-"), ("Zielona Góra", "65-"), ("Gorzów Wielkopolski", "66-4"),
    ];

    public static readonly string[] MailDomains = ["wp.pl", "onet.pl", "gmail.com", "interia.pl", "o2.pl", "op.pl", "poczta.fm", "tlen.pl"];

    public static readonly string[] CompanyNames =
        ["Sklep Wędkarski Karaś", "Hurtownia Szczupak", "Gospodarstwo Rybackie Mazury", "Łowisko Pod Lipą", "PHU Rybak", "Klub Wędkarski Sandacz", "Przystań Nad Zalewem"];

    public static string FemaleForm(string lastName) =>
        lastName.EndsWith("ski", StringComparison.Ordinal) || lastName.EndsWith("cki", StringComparison.Ordinal) || lastName.EndsWith("dzki", StringComparison.Ordinal)
            ? lastName[..^1] + "a"
            : lastName;

    // A full code that starts with the town's prefix: "26-6" becomes "26-6xx", "3" becomes "3x-xxx".
    public static string PostalCode(string prefix, Random random)
    {
        var digits = prefix.Replace("-", "", StringComparison.Ordinal);
        while (digits.Length < 5)
        {
            digits += random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return $"{digits[..2]}-{digits[2..]}";
    }
}
