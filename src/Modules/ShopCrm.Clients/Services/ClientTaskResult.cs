namespace ShopCrm.Clients.Services;

// Either the new task's id, or errors by field name.
public sealed record ClientTaskResult(long? TaskId, IReadOnlyDictionary<string, string> Errors)
{
    public bool Succeeded => TaskId is not null && Errors.Count == 0;
}
