namespace ShopCrm.Clients.Services;

// Member-initialized, so the grid's sorting by property name translates to SQL.
public sealed record ClientTaskRow
{
    public long Id { get; init; }

    public string Title { get; init; } = "";

    public string? Notes { get; init; }

    public DateTime DueAt { get; init; }

    public int? ClientId { get; init; }

    public string? ClientName { get; init; }

    public long? OrderId { get; init; }

    public string AssigneeId { get; init; } = "";

    public string AssigneeName { get; init; } = "";

    public string CreatedBy { get; init; } = "";

    public DateTime? DoneAt { get; init; }
}
