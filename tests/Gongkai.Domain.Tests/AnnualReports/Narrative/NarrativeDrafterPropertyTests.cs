using System.Globalization;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Gongkai.Domain.AnnualReports;
using Gongkai.Domain.AnnualReports.Narrative;
using static Gongkai.Domain.AnnualReports.NarrativeFigures;

namespace Gongkai.Domain.Tests.AnnualReports.Narrative;

/// <summary>
/// Over random report data of every format (cells blank, 0 or any number): every figure the drafter states appears
/// exactly once in its part with the number of the data, a blank figure is never stated, and every share is the
/// one-decimal percentage of its whole. The drafted text is read back with plain regular expressions.
/// </summary>
public sealed class NarrativeDrafterPropertyTests
{
    private const int Cases = 300;
    private const string Number = @"(\d+(?:\.\d+)?)";

    private static Arbitrary<AnnualReportData> RandomReports =>
        (from format in Gen.Elements(Enum.GetValues<ReportFormat>())
         from seed in Gen.Choose(0, int.MaxValue)
         select Random(format, seed)).ToArbitrary();

    [Property(MaxTest = Cases)]
    public Property Draft_AnyData_StatesEveryFigureOnceWithItsValue() =>
        Prop.ForAll(RandomReports, data =>
        {
            var draft = NarrativeDrafter.Draft(data);
            foreach (var (heading, figures) in Expectations(data))
            {
                var text = draft.Part(heading).DraftedText;
                foreach (var (pattern, value) in figures)
                {
                    var matches = Regex.Matches(text, pattern);
                    if (value is { } v)
                    {
                        Assert.True(matches.Count == 1, $"“{pattern}” in {heading}: {matches.Count} times in {text}");
                        var stated = matches[0].Groups[1].Value;
                        Assert.Equal(Math.Round(v, 4), stated.Length == 0 ? 0m : decimal.Parse(stated, CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        Assert.True(matches.Count == 0, $"blank “{pattern}” stated in {heading}: {text}");
                    }
                }
            }
        });

    [Property(MaxTest = Cases)]
    public Property Draft_AnyData_SharesAreOneDecimalPercentagesOfTheirWhole() =>
        Prop.ForAll(RandomReports, data =>
        {
            var (heading, whole) = data.Format switch
            {
                ReportFormat.Format2008 or ReportFormat.Format2014 => (OnRequestPart, data.ValueAt(At(RequestsReceived))),
                _ => ("一、总体情况", data.ValueAt(Table3Labels.At(Table3Labels.NewRequestsRow, Table3Labels.TotalColumn))),
            };
            var text = NarrativeDrafter.Draft(data).Part(heading).DraftedText;
            var shares = Regex.Matches(text, @"(\d+)件、占(\d+\.\d)%");
            if (whole is not { } w || w == 0)
            {
                Assert.Empty(shares);
                return;
            }

            foreach (Match share in shares)
            {
                var n = decimal.Parse(share.Groups[1].Value, CultureInfo.InvariantCulture);
                Assert.Equal(Math.Round(n * 100 / w, 1, MidpointRounding.AwayFromZero), decimal.Parse(share.Groups[2].Value, CultureInfo.InvariantCulture));
            }
        });

    [Property(MaxTest = Cases)]
    public Property Draft_ChannelsSummingToTotal_SharesSumToHundredWithinRounding() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 500), 4).Where(a => a.Sum() > 0).ToArbitrary(), counts =>
        {
            IReadOnlyList<string>[] channels = [ReceivedInPerson, ReceivedByFax, ReceivedOnline, ReceivedByLetter];
            var data = Reports.Of(ReportFormat.Format2008, 2012,
                [new ReportCell(At(RequestsReceived), counts.Sum()), .. channels.Select((c, i) => new ReportCell(At(c), counts[i]))]);

            var text = NarrativeDrafter.Draft(data).Part(OnRequestPart).DraftedText;
            var sum = Regex.Matches(text, @"占(\d+\.\d)%").Sum(m => decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));

            Assert.InRange(sum, 99.8m, 100.2m);
        });

    private static AnnualReportData Random(ReportFormat format, int seed)
    {
        var random = new Random(seed);
        var cells = ReportLayout.For(format).Cells.Select(c => new ReportCell(c.Address, random.Next(10) switch
        {
            < 2 => null,
            < 4 => 0m,
            _ => c.Kind switch
            {
                CellValueKind.Amount => random.Next(1, 200000) / 10000m,
                CellValueKind.SignedCount => random.Next(-50, 50),
                _ => random.Next(1, 300),
            },
        }));
        var year = Math.Max(format.FirstYear, 2008);
        return Reports.Of(format, year, cells);
    }

    /// <summary>For each part, the pattern of each figure (number in group 1) and the value it must state (null: none).</summary>
    private static IEnumerable<(string Heading, (string Pattern, decimal? Value)[] Figures)> Expectations(AnnualReportData data)
    {
        if (data.Format is ReportFormat.Format2008 or ReportFormat.Format2014)
        {
            decimal? F(IReadOnlyList<string> figure) => data.ValueAt(At(figure));
            var fees = F(FeesCollected);
            yield return (ProactivePart,
            [
                ($"全年主动公开政府信息{Number}条", F(ProactivelyPublished)),
                ($"主动公开规范性文件{Number}条", F(PublishedNormativeDocuments)),
                ($"通过政府公报公开政府信息{Number}条", F(ViaGazette)),
                ($"通过政府网站公开政府信息{Number}条", F(ViaWebsite)),
                ($"通过政务微博公开政府信息{Number}条", F(ViaMicroblog)),
                ($"通过政务微信公开政府信息{Number}条", F(ViaWeChat)),
                ($"通过其他方式公开政府信息{Number}条", F(ViaOtherMeans)),
            ]);
            yield return (OnRequestPart,
            [
                ($"全年共收到政府信息公开申请{Number}件", F(RequestsReceived)),
                ($"当面申请{Number}件", F(ReceivedInPerson)),
                ($"传真申请{Number}件", F(ReceivedByFax)),
                ($"网络申请{Number}件", F(ReceivedOnline)),
                ($"信函申请{Number}件", F(ReceivedByLetter)),
                ($"按时办结{Number}件", F(ClosedOnTime)),
                ($"延期办结{Number}件", F(ClosedAfterExtension)),
                ($"已答复{Number}件", F(RequestsAnswered)),
                ($"属于已主动公开范围{Number}件", F(AnsweredAlreadyPublished)),
                ($"(?<!不)同意公开{Number}件", F(AnsweredDisclosed)),
                ($"同意部分公开{Number}件", F(AnsweredPartiallyDisclosed)),
                ($"不同意公开{Number}件", F(AnsweredRefused)),
                ($"不属于本行政机关公开{Number}件", F(AnsweredNotThisAgency)),
                ($"申请信息不存在{Number}件", F(AnsweredDoesNotExist)),
            ]);
            yield return (FeesPart,
            [
                ($"(?<!未)收取信息公开费用{Number}万元", fees == 0 ? null : fees),
                ("未收取信息公开费用()", fees == 0 ? 0 : null), // states 0 without a number
                ($"减免费用{Number}万元", F(FeesWaived)),
            ]);
            yield return (AppealsPart,
            [
                ($"提起行政复议{Number}件", F(Reconsiderations)),
                ($"提起行政诉讼{Number}件", F(Lawsuits)),
            ]);
            yield break;
        }

        decimal? T(IReadOnlyList<string> row, IReadOnlyList<string>? column = null) =>
            data.ValueAt(Table3Labels.At(row, column ?? Table3Labels.TotalColumn));
        decimal? SumOrBlank(IEnumerable<decimal?> values)
        {
            var list = values.ToList();
            return list.Count == 0 || list.Any(v => v is null) ? null : list.Sum();
        }

        decimal? Group(string row) =>
            SumOrBlank(Table3Labels.OutcomeRows(data.Format).Where(r => r[1] == row).Select(r => T(r)));
        decimal? Appeal(params string[] column) => data.ValueAt(Table4Labels.At(column));

        (string, decimal?)[] intake =
        [
            ($"本年度新收政府信息公开申请{Number}件", T(Table3Labels.NewRequestsRow)),
            ($"上年结转政府信息公开申请{Number}件", T(Table3Labels.CarriedOverRow)),
        ];
        (string, decimal?)[] applicants =
        [
            ($"自然人{Number}件", T(Table3Labels.NewRequestsRow, Table3Labels.ApplicantColumns[0])),
            ($"商业企业{Number}件", T(Table3Labels.NewRequestsRow, Table3Labels.ApplicantColumns[1])),
            ($"科研机构{Number}件", T(Table3Labels.NewRequestsRow, Table3Labels.ApplicantColumns[2])),
            ($"社会公益组织{Number}件", T(Table3Labels.NewRequestsRow, Table3Labels.ApplicantColumns[3])),
            ($"法律服务机构{Number}件", T(Table3Labels.NewRequestsRow, Table3Labels.ApplicantColumns[4])),
            ($"其他{Number}件", T(Table3Labels.NewRequestsRow, Table3Labels.ApplicantColumns[5])),
        ];
        (string, decimal?)[] outcomes =
        [
            ($"本年度办结{Number}件", T(Table3Labels.OutcomeTotalRow)),
            ($"予以公开{Number}件", Group(Table3Labels.Disclosed)),
            ($"部分公开{Number}件", Group(Table3Labels.PartiallyDisclosed)),
            ($"不予公开{Number}件", Group(Table3Labels.Withheld)),
            ($"无法提供{Number}件", Group(Table3Labels.UnableToProvide)),
            ($"不予处理{Number}件", Group(Table3Labels.NotProcessed)),
            ($"其他处理{Number}件", Group(Table3Labels.OtherHandling)),
            ($"结转下年度继续办理{Number}件", T(Table3Labels.CarriedForwardRow)),
        ];
        var direct = Appeal(Table4Labels.Litigation, Table4Labels.SuedDirectly, Table4Labels.Total);
        var after = Appeal(Table4Labels.Litigation, Table4Labels.SuedAfterReconsideration, Table4Labels.Total);
        (string, decimal?)[] appeals =
        [
            ($"被申请行政复议{Number}件", Appeal(Table4Labels.Reconsideration, Table4Labels.Total)),
            .. Table4Labels.Results.Select(r => ($"{r}{Number}件", Appeal(Table4Labels.Reconsideration, r))),
            ($"被提起行政诉讼{Number}件", SumOrBlank([direct, after])),
            ($"未经复议直接起诉{Number}件", direct),
            ($"复议后起诉{Number}件", after),
        ];
        var rules = data.Format == ReportFormat.Format2021 ? RulesSentence(data) : [];

        yield return ("一、总体情况", [.. rules, .. intake, .. applicants, .. outcomes, .. appeals]);
        yield return (Table2Labels.Title, rules);
        yield return (Table3Labels.Title, [.. intake, .. applicants.Select(a => (a.Item1, (decimal?)null))]);
        yield return (Table4Labels.Title, appeals);
    }

    private static (string, decimal?)[] RulesSentence(AnnualReportData data)
    {
        (string Verb, string Column)[] verbs =
            [("本年制发", Table2Labels.IssuedThisYear), ("废止", Table2Labels.RepealedThisYear), ("现行有效", Table2Labels.InForce)];
        string[] items = [Table2Labels.Rules, Table2Labels.AdministrativeNormativeDocuments];
        return verbs.SelectMany(v => items.Select(item =>
        {
            // The item follows its verb directly or after the other item and "、".
            var pattern = $"{v.Verb}(?:(?:规章|行政规范性文件)\\d+件、)?{item}{Number}件";
            return (pattern, data.ValueAt(new CellAddress(Table2Labels.TableId, [Table2Labels.Article20Item1, item], [v.Column])));
        })).ToArray();
    }
}
