namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// A part of the report text in the order the format (or, before 2019, the Regulation) lists it.
/// </summary>
/// <param name="Heading">The heading with its number, e.g. "三、收到和处理政府信息公开申请情况".</param>
/// <param name="TableId">The table printed in this part, if any.</param>
public sealed record ReportSection(string Heading, string? TableId = null);
