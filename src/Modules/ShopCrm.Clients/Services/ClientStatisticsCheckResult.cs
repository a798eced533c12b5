namespace ShopCrm.Clients.Services;

// Drifted is how many clients were wrong; Examples shows the first few of them.
public sealed record ClientStatisticsCheckResult(int Drifted, IReadOnlyList<ClientStatisticsDrift> Examples, int CategoryChanges);
