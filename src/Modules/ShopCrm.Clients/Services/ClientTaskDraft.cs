namespace ShopCrm.Clients.Services;

// A task as a manager gives it: on a client, an order or both, for a colleague or themselves. DueAt UTC.
public sealed record ClientTaskDraft(int? ClientId, long? OrderId, string Title, string? Notes, DateTime DueAt, string AssigneeId);
