using System.Collections.Frozen;

namespace Gongkai.Exports;

/// <summary>
/// The exports of an annual report by format name: "html", "docx", "xlsx", "pdf", "json", "txt" (case-insensitive;
/// a leading dot is ignored, so a file extension works too).
/// </summary>
public sealed class ReportExports
{
    private readonly FrozenDictionary<string, IReportExport> _byName;

    /// <summary>A registry of the given exports (names must be distinct).</summary>
    public ReportExports(IEnumerable<IReportExport> exports)
    {
        ArgumentNullException.ThrowIfNull(exports);
        All = exports.ToArray();
        _byName = All.ToFrozenDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The six exports; PDF uses <paramref name="pdfOptions"/> (default: $GONGKAI_CHROMIUM or /usr/bin/chromium).</summary>
    public static ReportExports CreateDefault(ChromiumOptions? pdfOptions = null)
    {
        var html = new ReportHtmlWriter();
        return new ReportExports(
        [
            html,
            new ReportDocxWriter(),
            new ReportXlsxWriter(),
            new ReportPdfWriter(html, pdfOptions),
            new ReportJsonWriter(),
            new ReportTextWriter(),
        ]);
    }

    /// <summary>Every export, in registration order.</summary>
    public IReadOnlyList<IReportExport> All { get; }

    /// <summary>The format names.</summary>
    public IEnumerable<string> Names => All.Select(e => e.Name);

    /// <summary>The export named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No export has that name (message in Chinese, listing the names).</exception>
    public IReportExport Get(string name) =>
        TryGet(name, out var export)
            ? export
            : throw new ArgumentException($"不支持的导出格式“{name}”。可用格式：{string.Join("、", Names)}。", nameof(name));

    /// <summary>The export named <paramref name="name"/>, if there is one.</summary>
    public bool TryGet(string name, out IReportExport export)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byName.TryGetValue(name.Trim().TrimStart('.'), out export!);
    }
}
