namespace Gongkai.Domain.Catalogue;

/// <summary>
/// 附件: metadata of a file published with an entry. The bytes of an uploaded file are a <see cref="CatalogueAttachmentFile"/>
/// with the same <see cref="Id"/>; metadata without a file (<see cref="Id"/> empty) comes from imported catalogues and
/// is listed without a download link.
/// </summary>
public sealed record CatalogueAttachment
{
    /// <summary>Creates attachment metadata without a stored file (e.g. imported history).</summary>
    /// <exception cref="RuleViolationException">Name missing or size negative.</exception>
    public CatalogueAttachment(string fileName, string contentType, long sizeBytes)
        : this(fileName, contentType, sizeBytes, Guid.Empty)
    {
    }

    /// <summary>Creates attachment metadata; <paramref name="id"/> names the stored file (Guid.Empty: none).</summary>
    /// <exception cref="RuleViolationException">Name missing or size negative.</exception>
    public CatalogueAttachment(string fileName, string contentType, long sizeBytes, Guid id)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            throw new RuleViolationException("附件须有文件名。");
        }

        if (sizeBytes < 0)
        {
            throw new RuleViolationException("附件大小不能为负数。");
        }

        Id = id;
        FileName = fileName.Trim();
        ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType.Trim();
        SizeBytes = sizeBytes;
    }

    /// <summary>The id of the stored <see cref="CatalogueAttachmentFile"/>; empty when only the metadata is known.</summary>
    public Guid Id { get; init; }

    /// <summary>The file name shown to readers, e.g. 2024年预算公开表.xlsx.</summary>
    public string FileName { get; init; }

    /// <summary>MIME type.</summary>
    public string ContentType { get; init; }

    /// <summary>Size in bytes.</summary>
    public long SizeBytes { get; init; }

    /// <summary>Whether the file itself is stored and can be downloaded.</summary>
    public bool IsStored => Id != Guid.Empty;
}
