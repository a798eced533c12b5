using Quartz;
using ShopCrm.Orders.Services.Unpaid;

namespace ShopCrm.Orders.Jobs;

[DisallowConcurrentExecution]
internal sealed class UnpaidOrdersJob(UnpaidOrders unpaid) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await unpaid.RunAsync(cancellationToken);
}
