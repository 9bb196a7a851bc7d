namespace Gongkai.Domain.Calendar;

/// <summary>
/// The dates an officer may record. Dates here are legal evidence (the day a letter was signed for, the day a reply
/// was made), so a date outside what the law can have produced is refused, never stored and never replaced:
/// <list type="bullet">
/// <item><see cref="RecordedDateKind.Procedure"/> — steps of the disclosure procedure (requests, appeals, statistics):
/// not before 2008-05-01, the day the first Regulation took effect (2007年《政府信息公开条例》第三十八条：本条例自2008年5月1日起施行);
/// nothing could be requested under it before.</item>
/// <item><see cref="RecordedDateKind.Document"/> — dates of documents (成文日期, 制发日期, 公开日期, 废止日期 of catalogue
/// entries and normative documents): not before 1949-10-01, since documents still in force may predate the
/// Regulation, but no document of a People's Government predates the People's Republic.</item>
/// </list>
/// Both end on 2100-12-31, the last year the back office accepts anywhere (the year filters of the registers stop there
/// too): a date may lie ahead (a 延迟答复 date, a document taking effect later), a year such as 9999 cannot. The choice
/// is written down in docs/back-office.md ("Dates").
/// </summary>
public static class RecordedDateRange
{
    /// <summary>The first day a procedure step can have happened: the 2007 Regulation in force.</summary>
    public static readonly DateOnly FirstProcedureDay = new(2008, 5, 1);

    /// <summary>The first day a recorded document can bear.</summary>
    public static readonly DateOnly FirstDocumentDay = new(1949, 10, 1);

    /// <summary>The first day of <paramref name="kind"/>.</summary>
    public static DateOnly First(RecordedDateKind kind) => kind == RecordedDateKind.Procedure ? FirstProcedureDay : FirstDocumentDay;

    /// <summary>The last day that can be recorded.</summary>
    public static readonly DateOnly LastDay = new(2100, 12, 31);

    /// <summary>
    /// Null when <paramref name="date"/> may be recorded as a date of <paramref name="kind"/>; otherwise the refusal in
    /// Chinese for the officer.
    /// </summary>
    public static string? Refusal(DateOnly date, RecordedDateKind kind)
    {
        var first = First(kind);
        var last = LastDay;
        if (date >= first && date <= last)
        {
            return null;
        }

        var why = kind == RecordedDateKind.Procedure
            ? "办理日期不能早于2008年5月1日（政府信息公开条例施行之日）"
            : "文件日期不能早于1949年10月1日";
        return $"日期“{ChineseDates.Iso(date)}”超出可登记的范围：{why}，也不能晚于{last.Year}年12月31日。";
    }
}

/// <summary>What a recorded date is the date of (<see cref="RecordedDateRange"/>).</summary>
public enum RecordedDateKind
{
    /// <summary>A step of the procedure (request, appeal, statistics).</summary>
    Procedure,

    /// <summary>A document's date (catalogue entry, normative document).</summary>
    Document,
}
