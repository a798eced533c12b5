using Microsoft.Extensions.Logging;
using Quartz;
using ShopCrm.Clients.Services;

namespace ShopCrm.Clients.Jobs;

// Every minute: reminders for tasks that have come due.
[DisallowConcurrentExecution]
internal sealed partial class ClientTaskReminderJob(ClientTaskReminders reminders, ILogger<ClientTaskReminderJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sent = await reminders.SendDueAsync(cancellationToken);
        if (sent > 0)
        {
            LogSent(sent);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} task reminders")]
    private partial void LogSent(int count);
}
