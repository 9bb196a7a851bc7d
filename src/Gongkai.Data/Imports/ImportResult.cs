using Gongkai.Domain.Imports;

namespace Gongkai.Data.Imports;

/// <summary>What an import did.</summary>
public enum ImportStatus
{
    /// <summary>Everything that was not already there was written.</summary>
    Imported,

    /// <summary>A dry run: nothing written; <see cref="ImportResult.Imported"/> counts what would have been.</summary>
    DryRun,

    /// <summary>Refused: nothing written; the problems say why.</summary>
    Refused,
}

/// <summary>The outcome of an import: status, counts, and every refusal and skipped row.</summary>
/// <param name="Status">Imported, dry run, or refused.</param>
/// <param name="FileName">The file.</param>
/// <param name="Imported">Rows written (or that would be written on a dry run).</param>
/// <param name="AlreadyThere">Rows already imported or registered before (left out, listed as skipped).</param>
/// <param name="Problems">Refusals and skipped rows/columns.</param>
/// <param name="Elapsed">The time the write took.</param>
public sealed record ImportResult(ImportStatus Status, string FileName, int Imported, int AlreadyThere, IReadOnlyList<ImportProblem> Problems, TimeSpan Elapsed)
{
    /// <summary>The refusals.</summary>
    public IEnumerable<ImportProblem> Refusals => Problems.Where(p => p.Kind == ImportProblemKind.Refused);
}
