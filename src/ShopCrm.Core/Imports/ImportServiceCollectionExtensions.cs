using Microsoft.Extensions.DependencyInjection;

namespace ShopCrm.Core.Imports;

public static class ImportServiceCollectionExtensions
{
    // The queue, progress, runner and background worker of one kind of import, around the module's steps.
    public static IServiceCollection AddImport<TImport, TSteps>(this IServiceCollection services)
        where TImport : class, IImportRecord
        where TSteps : class, IImportSteps<TImport>
    {
        services.AddSingleton<ImportQueue<TImport>>();
        services.AddSingleton<ImportProgressBoard<TImport>>();
        services.AddSingleton<IImportSteps<TImport>, TSteps>();
        services.AddSingleton<ImportRunner<TImport>>();
        services.AddHostedService<ImportWorker<TImport>>();
        return services;
    }
}
