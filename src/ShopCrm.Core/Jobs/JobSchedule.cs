using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace ShopCrm.Core.Jobs;

public static class JobSchedule
{
    // Modules call this for each recurring job. Jobs must be safe to run twice (a restart, a second
    // instance, a manual trigger): they claim their work with conditional updates or are idempotent.
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, TimeSpan interval)
        where TJob : class, IJob
    {
        services.AddTransient<TJob>();
        services.AddQuartz(q =>
        {
            var key = new JobKey(typeof(TJob).Name);
            q.AddJob<TJob>(j => j.WithIdentity(key).StoreDurably().DisallowConcurrentExecution());
            q.AddTrigger(t => t.ForJob(key)
                .WithIdentity(typeof(TJob).Name + ".trigger")
                .StartAt(DateTimeOffset.UtcNow.Add(interval))
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()));
        });
        return services;
    }
}
