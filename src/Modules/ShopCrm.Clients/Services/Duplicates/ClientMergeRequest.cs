namespace ShopCrm.Clients.Services.Duplicates;

// Merge OtherId into SurvivorId. The versions are those the person saw, so a client edited meanwhile
// stops the merge; TakeFromOther lists the parts whose value the person chose from the other record
// (an empty part of the survivor is always filled from the other).
public sealed record ClientMergeRequest(
    int SurvivorId,
    int SurvivorVersion,
    int OtherId,
    int OtherVersion,
    IReadOnlySet<ClientMergeField> TakeFromOther);
