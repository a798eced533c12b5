using System.Diagnostics;
using System.Globalization;

namespace ShopCrm.Tests.Core.Pdf;

// Reads PDFs back with poppler (Debian poppler-utils): what a customer's viewer shows is what the tests check.
// A missing tool fails the test; a PDF that was never read back is not a passing PDF.
public static class PdfText
{
    private const string PdfToText = "/usr/bin/pdftotext";
    private const string PdfInfo = "/usr/bin/pdfinfo";

    public static string Extract(byte[] pdf) => Run(PdfToText, pdf, "-layout", "-enc", "UTF-8");

    // pdftotext ends every page with a form feed.
    public static IReadOnlyList<string> ExtractPages(byte[] pdf)
    {
        var pages = Extract(pdf).Split('\f');
        return pages[^1].Trim().Length == 0 ? pages[..^1] : pages;
    }

    public static IReadOnlyDictionary<string, string> Info(byte[] pdf) =>
        Run(PdfInfo, pdf)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());

    public static int PageCount(byte[] pdf) => int.Parse(Info(pdf)["Pages"], CultureInfo.InvariantCulture);

    private static string Run(string tool, byte[] pdf, params string[] options)
    {
        if (!File.Exists(tool))
        {
            throw new InvalidOperationException($"{tool} is missing: install Debian's poppler-utils (apt-get install -y poppler-utils).");
        }

        var file = Path.Combine(Path.GetTempPath(), $"shopcrm-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = System.Text.Encoding.UTF8,
            };
            foreach (var option in options)
            {
                start.ArgumentList.Add(option);
            }

            start.ArgumentList.Add(file);
            if (tool == PdfToText)
            {
                start.ArgumentList.Add("-");
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{tool} failed with exit code {process.ExitCode}: {errors.Result}");
            }

            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
