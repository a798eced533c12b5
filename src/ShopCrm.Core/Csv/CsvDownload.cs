using Microsoft.AspNetCore.Http;

namespace ShopCrm.Core.Csv;

// A CSV file written straight to the response as it is produced, so that a large export never sits in memory.
public static class CsvDownload
{
    public static async Task WriteAsync(HttpContext http, string fileName, Func<TextWriter, Task> write)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        await using var output = new StreamWriter(http.Response.Body, CsvWriter.Encoding, 64 * 1024);
        await write(output);
        await output.FlushAsync();
    }
}
