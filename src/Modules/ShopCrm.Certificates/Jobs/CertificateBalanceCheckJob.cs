using Microsoft.Extensions.Logging;
using Quartz;
using ShopCrm.Certificates.Contracts;
using ShopCrm.Certificates.Services;

namespace ShopCrm.Certificates.Jobs;

// Daily: every card's cached balance against the sum of its ledger. A difference means a bug or a hand
// edit of the database; it is logged as an error for the administrator, never silently corrected.
[DisallowConcurrentExecution]
internal sealed partial class CertificateBalanceCheckJob(CertificateBalanceCheck check, ILogger<CertificateBalanceCheckJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var drift = await check.FindDriftAsync(cancellationToken);
        foreach (var card in drift)
        {
            LogDrift(card.CertificateId, CertificateCode.Mask(card.Code), card.CachedMinor, card.LedgerMinor);
        }

        LogChecked(drift.Count);
    }

    // The log is read by administrators who need not know the code: the card's id and last four characters find it.
    [LoggerMessage(Level = LogLevel.Error, Message = "Gift card {CertificateId} ({MaskedCode}): the balance is {CachedMinor} but its ledger sums to {LedgerMinor} (minor units)")]
    private partial void LogDrift(long certificateId, string maskedCode, long cachedMinor, long ledgerMinor);

    [LoggerMessage(Level = LogLevel.Information, Message = "Gift card balances checked against their ledgers: {Count} differ")]
    private partial void LogChecked(int count);
}
