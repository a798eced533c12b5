namespace ShopCrm.Clients.Services.Import;

// What a column of a contact file can be, with the headers that mean it in a Google Contacts export,
// common CRM exports and Polish spreadsheets; the mapping page starts from these guesses.
public sealed record ContactField(string Key, string Title, IReadOnlyList<string> KnownHeaders)
{
    public static readonly ContactField FirstName = new("FirstName", "First name", ["First Name", "Given Name", "FirstName", "Imię", "Imie"]);
    public static readonly ContactField LastName = new("LastName", "Last name", ["Last Name", "Family Name", "LastName", "Surname", "Nazwisko"]);
    public static readonly ContactField FullName = new("FullName", "Full name", ["Name", "Full Name", "Contact Name", "Imię i nazwisko", "Klient"]);
    public static readonly ContactField Company = new("Company", "Company", ["Organization Name", "Organization 1 - Name", "Company", "Company Name", "Account Name", "Firma", "Nazwa firmy"]);
    public static readonly ContactField VatId = new("VatId", "VAT id", ["VAT", "VAT ID", "Tax ID", "NIP"]);
    public static readonly ContactField Email = new("Email", "E-mail", ["E-mail 1 - Value", "Email", "E-mail", "Email Address", "Primary Email", "Adres e-mail", "Mail"]);
    public static readonly ContactField Email2 = new("Email2", "Second e-mail", ["E-mail 2 - Value", "Secondary Email", "Email 2", "E-mail 2"]);
    public static readonly ContactField Phone = new("Phone", "Phone", ["Phone 1 - Value", "Phone", "Mobile", "Mobile Phone", "Phone Number", "Telefon", "Tel", "Telefon komórkowy"]);
    public static readonly ContactField Phone2 = new("Phone2", "Second phone", ["Phone 2 - Value", "Other Phone", "Work Phone", "Telefon 2"]);
    public static readonly ContactField Street = new("Street", "Street", ["Address 1 - Street", "Street", "Mailing Street", "Billing Street", "Address", "Ulica", "Adres"]);
    public static readonly ContactField PostalCode = new("PostalCode", "Postal code", ["Address 1 - Postal Code", "Postal Code", "Zip", "ZIP Code", "Mailing Zip/Postal Code", "Kod pocztowy", "Kod"]);
    public static readonly ContactField City = new("City", "City", ["Address 1 - City", "City", "Mailing City", "Billing City", "Miasto", "Miejscowość"]);
    public static readonly ContactField BirthDate = new("BirthDate", "Birth date", ["Birthday", "Birth Date", "Date of Birth", "Birthdate", "Data urodzenia", "Urodziny"]);
    public static readonly ContactField Consent = new("Consent", "Marketing consent", ["Marketing Consent", "Email Opt In", "Newsletter", "Consent", "Zgoda marketingowa", "Zgoda", "Zgoda na marketing"]);

    public static readonly IReadOnlyList<ContactField> All =
        [FirstName, LastName, FullName, Company, VatId, Email, Email2, Phone, Phone2, Street, PostalCode, City, BirthDate, Consent];

    // Field key -> column index, for the headers that match a known name (case and spaces ignored).
    public static Dictionary<string, int> Guess(IReadOnlyList<string> headers)
    {
        static string Plain(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

        var map = new Dictionary<string, int>();
        var plainHeaders = headers.Select(Plain).ToList();
        foreach (var field in All)
        {
            var index = field.KnownHeaders.Select(known => plainHeaders.IndexOf(Plain(known))).FirstOrDefault(i => i >= 0, -1);
            if (index >= 0 && !map.ContainsValue(index))
            {
                map[field.Key] = index;
            }
        }

        return map;
    }
}
