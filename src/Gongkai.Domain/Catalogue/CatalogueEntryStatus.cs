namespace Gongkai.Domain.Catalogue;

/// <summary>Where a catalogue entry stands. Persisted as strings; never renamed.</summary>
public enum CatalogueEntryStatus
{
    /// <summary>Being prepared; not visible to the public.</summary>
    Draft,

    /// <summary>主动公开: visible on the portal and found by search.</summary>
    Published,

    /// <summary>撤回: no longer shown; the reason is kept.</summary>
    Withdrawn,
}
