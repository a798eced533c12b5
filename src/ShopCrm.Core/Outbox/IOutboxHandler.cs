namespace ShopCrm.Core.Outbox;

public interface IOutboxHandler
{
    string Type { get; }

    Task HandleAsync(string payload, CancellationToken ct);
}
