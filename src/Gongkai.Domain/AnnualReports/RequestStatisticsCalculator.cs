using Gongkai.Domain.Requests;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Projects one year's 政府信息公开申请 (依申请公开, 条例 第二十七条至第四十五条) into the request cells of the annual
/// report (条例 第五十条第（二）项 "收到和处理政府信息公开申请的情况"), every cell carrying the ids of the requests behind
/// it in <see cref="ReportCell.RecordIds"/>. The year is <see cref="ReportingYear"/>: 1 January – 31 December
/// inclusive on legal dates (Asia/Shanghai). A roll-up over several agencies is the union of their requests (a request
/// passed twice is counted once).
/// <para>
/// 2019 / 2021 table 三 (国办公开办函〔2019〕60号, 〔2021〕30号; formats-and-law.md §1.5, §2.2): each counted request
/// (<see cref="RequestInYear"/>) falls in exactly one intake row (一 or 二) and exactly one closing cell — its outcome
/// row (<see cref="OutcomeTaxonomy.RowPath2021"/> / <see cref="OutcomeTaxonomy.RowPath2019"/>) or 四、结转下年度继续办理 —
/// in its applicant's column and in 总计; （七）总计 is the sum of the outcome rows. All cells of the table are filled.
/// A request whose stored applicant kind is undefined (from before the portal refused such input) has no column: it
/// is left out of table 三 and the generator reports it as needing correction
/// (<see cref="Generation.AnnualReportGenerator.RequestNeedsCorrectionRuleId"/>).
/// </para>
/// <para>
/// 2014 统计表 三、依申请公开情况 (国办发〔2014〕32号; formats-and-law.md §3.2): （一）收到申请数 counts requests received
/// within the year, split by <see cref="SubmissionChannelRules.StatisticalTableLabel"/>; （二）申请办结数 and （三）申请答复数
/// count requests closed within the year (whenever received), so the two are equal. 办结 timeliness is a choice: a
/// request with an approved extension (延长答复期限, 第三十三条第二款 / 2007 条例 第二十四条) is 2.延期办结, every other one
/// 1.按时办结 — an overdue reply is not a separate row in the table. 答复 rows follow
/// <see cref="OutcomeTaxonomy.RowPath2014"/>; 4.不同意公开答复数 is filled as the sum of its 其中 rows, because every
/// refusal outcome maps to exactly one of them. The rest of the 统计表 (主动公开, 复议, 诉讼, 费用…) is not computed
/// from requests and is left out.
/// </para>
/// </summary>
public static class RequestStatisticsCalculator
{
    private static readonly IReadOnlyList<IReadOnlyList<string>> ChannelRows =
    [
        StatisticsTableRows.ReceivedInPerson, StatisticsTableRows.ReceivedByFax, StatisticsTableRows.ReceivedOnline, StatisticsTableRows.ReceivedByLetter,
    ];

    private static readonly IReadOnlyList<IReadOnlyList<string>> AnswerRows =
    [
        StatisticsTableRows.AnsweredAlreadyPublished, StatisticsTableRows.AnsweredDisclosed, StatisticsTableRows.AnsweredPartiallyDisclosed,
        StatisticsTableRows.AnsweredRefused, .. RefusalGroundsWithinRefusals.Grounds,
        StatisticsTableRows.AnsweredNotThisAgency, StatisticsTableRows.AnsweredDoesNotExist,
        StatisticsTableRows.AnsweredToldToAmend, StatisticsTableRows.AnsweredToldOtherChannel,
    ];

    /// <summary>Whether the calculator fills request cells for <paramref name="format"/> (2014, 2019, 2021).</summary>
    public static bool Supports(ReportFormat format) =>
        format is ReportFormat.Format2014 or ReportFormat.Format2019 or ReportFormat.Format2021;

    /// <summary>The request cells of a report of <paramref name="format"/> for <paramref name="year"/>, in printed order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The format has no request table (2008).</exception>
    public static IReadOnlyList<ReportCell> Cells(ReportFormat format, ReportingYear year, IEnumerable<DisclosureRequest> requests) =>
        Cells(format, RequestTally.Of(requests, year));

    /// <summary>
    /// The request cells of a report of <paramref name="format"/> from the year's tallies (counted one by one, with
    /// ids, or in the database, without), in printed order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The format has no request table (2008).</exception>
    public static IReadOnlyList<ReportCell> Cells(ReportFormat format, IEnumerable<RequestTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        var counted = tallies.ToArray();
        return format switch
        {
            ReportFormat.Format2019 or ReportFormat.Format2021 => Table3(format, counted),
            ReportFormat.Format2014 => StatisticsTable(counted),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "2008格式没有依申请公开统计表。"),
        };
    }

    /// <summary>A report of <paramref name="agency"/> holding only the request cells (see <see cref="Cells"/>).</summary>
    public static AnnualReportData Report(ReportFormat format, ReportingYear year, ReportingAgency agency, IEnumerable<DisclosureRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new AnnualReportData(format, year.Year, agency, Cells(format, year, requests));
    }

    private static IReadOnlyList<ReportCell> Table3(ReportFormat format, IReadOnlyList<RequestTally> counted)
    {
        var tally = new CellTally();
        foreach (var row in Table3Labels.Rows(format))
        {
            foreach (var column in Table3Labels.Columns)
            {
                tally.Open(Table3Labels.At(row, column));
            }
        }

        foreach (var entry in counted.Where(e => e.ApplicantKind.IsDefined()))
        {
            IReadOnlyList<string> applicantColumn = [Table3Labels.ApplicantGroup, .. entry.ApplicantKind.ColumnPath()];
            var intakeRow = entry.Intake == RequestIntake.NewThisYear ? Table3Labels.NewRequestsRow : Table3Labels.CarriedOverRow;
            IReadOnlyList<IReadOnlyList<string>> rows = entry.ClosedWith is { } outcome
                ? [intakeRow, OutcomeRow(format, outcome), Table3Labels.OutcomeTotalRow]
                : [intakeRow, Table3Labels.CarriedForwardRow];
            foreach (var row in rows)
            {
                tally.Count(Table3Labels.At(row, applicantColumn), entry.Count, entry.RecordIds);
                tally.Count(Table3Labels.At(row, Table3Labels.TotalColumn), entry.Count, entry.RecordIds);
            }
        }

        return tally.Cells();
    }

    private static IReadOnlyList<string> OutcomeRow(ReportFormat format, Outcome outcome) =>
        format == ReportFormat.Format2019 ? OutcomeTaxonomy.RowPath2019(outcome) : OutcomeTaxonomy.RowPath2021(outcome);

    private static IReadOnlyList<ReportCell> StatisticsTable(IReadOnlyList<RequestTally> counted)
    {
        var tally = new CellTally();
        IReadOnlyList<IReadOnlyList<string>> rows =
        [
            StatisticsTableRows.RequestsReceived, .. ChannelRows,
            StatisticsTableRows.RequestsClosed, StatisticsTableRows.ClosedOnTime, StatisticsTableRows.ClosedAfterExtension,
            StatisticsTableRows.RequestsAnswered, .. AnswerRows,
        ];
        foreach (var row in rows)
        {
            tally.Open(StatisticsTableRows.At(row));
        }

        foreach (var entry in counted)
        {
            void Count(IReadOnlyList<string> row) => tally.Count(StatisticsTableRows.At(row), entry.Count, entry.RecordIds);
            if (entry.Intake == RequestIntake.NewThisYear)
            {
                Count(StatisticsTableRows.RequestsReceived);
                Count(ChannelRow(entry.Channel));
            }

            if (entry.ClosedWith is not { } outcome)
            {
                continue;
            }

            Count(StatisticsTableRows.RequestsClosed);
            Count(entry.WasExtended ? StatisticsTableRows.ClosedAfterExtension : StatisticsTableRows.ClosedOnTime);
            Count(StatisticsTableRows.RequestsAnswered);
            var answerRow = OutcomeTaxonomy.RowPath2014(outcome);
            if (IsRefusalGround(answerRow))
            {
                Count(StatisticsTableRows.AnsweredRefused);
            }

            Count(answerRow);
        }

        return tally.Cells();
    }

    private static IReadOnlyList<string> ChannelRow(SubmissionChannel channel)
    {
        var label = channel.StatisticalTableLabel();
        return ChannelRows.Single(row => row[^1].Contains(label, StringComparison.Ordinal));
    }

    private static bool IsRefusalGround(IReadOnlyList<string> row) =>
        RefusalGroundsWithinRefusals.Grounds.Any(ground => ground.SequenceEqual(row));
}
