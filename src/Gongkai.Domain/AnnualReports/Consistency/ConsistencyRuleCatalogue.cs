using System.Reflection;

namespace Gongkai.Domain.AnnualReports;

/// <summary>
/// Every consistency rule (勾稽关系) defined in an assembly, found by type so that no list has to be edited when a rule
/// is added: a public class implementing <see cref="IConsistencyRule"/> with a parameterless constructor is a rule on
/// one report; a <see cref="CrossYearRule"/> with a constructor taking last year's <see cref="AnnualReportData"/> is
/// a rule on two consecutive reports. Each decides by <see cref="IConsistencyRule.AppliesTo"/> which formats it checks.
/// Rules run in the order of their ids (single-report rules first), so findings come out in the same order on every
/// machine.
/// </summary>
public sealed class ConsistencyRuleCatalogue
{
    private readonly IReadOnlyList<IConsistencyRule> _singleReport;
    private readonly IReadOnlyList<ConstructorInfo> _crossYear;

    private ConsistencyRuleCatalogue(IReadOnlyList<IConsistencyRule> singleReport, IReadOnlyList<ConstructorInfo> crossYear)
    {
        _singleReport = singleReport;
        _crossYear = crossYear;
    }

    /// <summary>The rules of the Domain: the ones the generator and the auditor run.</summary>
    public static ConsistencyRuleCatalogue Domain { get; } = Of(typeof(ConsistencyRuleCatalogue).Assembly);

    /// <summary>The rules defined in <paramref name="assembly"/>.</summary>
    /// <exception cref="InvalidOperationException">A rule class can be built neither way, or two rules share an id.</exception>
    public static ConsistencyRuleCatalogue Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var types = assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && typeof(IConsistencyRule).IsAssignableFrom(t))
            .ToArray();

        var crossYear = types.Where(t => typeof(CrossYearRule).IsAssignableFrom(t))
            .Select(t => t.GetConstructor([typeof(AnnualReportData)])
                ?? throw new InvalidOperationException($"Cross-year rule {t.Name} needs a public constructor taking last year's AnnualReportData."))
            .OrderBy(c => c.DeclaringType!.Name, StringComparer.Ordinal)
            .ToArray();
        var singleReport = types.Where(t => !typeof(CrossYearRule).IsAssignableFrom(t))
            .Select(t => (IConsistencyRule)(Activator.CreateInstance(t)
                ?? throw new InvalidOperationException($"Consistency rule {t.Name} needs a public parameterless constructor.")))
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToArray();

        var duplicate = singleReport.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two consistency rules share the id {duplicate.Key}.");
        }

        return new ConsistencyRuleCatalogue(singleReport, crossYear);
    }

    /// <summary>
    /// The rules that check a report in <paramref name="format"/>; with <paramref name="previousYear"/> also the
    /// cross-year rules that apply to the pair.
    /// </summary>
    public IReadOnlyList<IConsistencyRule> RulesFor(ReportFormat format, AnnualReportData? previousYear)
    {
        IEnumerable<IConsistencyRule> crossYear = previousYear is null
            ? []
            : _crossYear.Select(c => (CrossYearRule)c.Invoke([previousYear]))
                .Where(r => r.AppliesTo(format))
                .OrderBy(r => r.Id, StringComparer.Ordinal);
        return [.. _singleReport.Where(r => r.AppliesTo(format)), .. crossYear];
    }
}
