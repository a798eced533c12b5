using ShopCrm.Clients.Services.Duplicates;

namespace ShopCrm.Clients.Pages.Duplicates;

public static class ClientDuplicateText
{
    public static string Reason(ClientDuplicateReason reason) => reason switch
    {
        ClientDuplicateReason.SameEmail => "Same e-mail",
        ClientDuplicateReason.SamePhone => "Same phone",
        ClientDuplicateReason.SameNameAndPostalCode => "Same name and postal code",
        _ => "Same name and street",
    };

    public static string Reasons(IEnumerable<ClientDuplicateReason> reasons) => string.Join(", ", reasons.Select(Reason));

    public static string Field(ClientMergeField field) => field switch
    {
        ClientMergeField.Name => "Name",
        ClientMergeField.Company => "Company and VAT id",
        ClientMergeField.Email => "E-mail",
        ClientMergeField.Phone => "Phone",
        ClientMergeField.Address => "Address",
        ClientMergeField.BirthDate => "Birth date",
        ClientMergeField.Language => "Language",
        _ => "Marketing consent",
    };
}
