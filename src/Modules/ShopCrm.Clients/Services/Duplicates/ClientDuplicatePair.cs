namespace ShopCrm.Clients.Services.Duplicates;

// Two active clients that are likely one person, the lower id first, with every reason found and the
// shared value that gave each one ("jan@wp.pl", "+48601234567").
public sealed record ClientDuplicatePair(
    int FirstId,
    string FirstName,
    int SecondId,
    string SecondName,
    IReadOnlyList<ClientDuplicateReason> Reasons,
    string Detail);
