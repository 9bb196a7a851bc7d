namespace Gongkai.Demo;

/// <summary>How much demo data to load.</summary>
/// <param name="EntriesPerGovernment">Catalogue entries for each root government or office.</param>
/// <param name="EntriesPerSubordinate">Catalogue entries for each district or department.</param>
public sealed record DemoOptions(int EntriesPerGovernment = 240, int EntriesPerSubordinate = 80)
{
    /// <summary>The default demo: a few hundred entries per agency.</summary>
    public static DemoOptions Default { get; } = new();
}
