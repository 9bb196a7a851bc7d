namespace Gongkai.Domain.Catalogue;

/// <summary>附件: metadata of a file published with an entry (the file itself lives in file storage).</summary>
public sealed record CatalogueAttachment
{
    /// <summary>Creates attachment metadata.</summary>
    /// <exception cref="RuleViolationException">Name missing or size negative.</exception>
    public CatalogueAttachment(string fileName, string contentType, long sizeBytes)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            throw new RuleViolationException("附件须有文件名。");
        }

        if (sizeBytes < 0)
        {
            throw new RuleViolationException("附件大小不能为负数。");
        }

        FileName = fileName.Trim();
        ContentType = string.IsNullOrWhiteSpace(contentType) ? "application/octet-stream" : contentType.Trim();
        SizeBytes = sizeBytes;
    }

    /// <summary>The file name shown to readers, e.g. 2024年预算公开表.xlsx.</summary>
    public string FileName { get; init; }

    /// <summary>MIME type.</summary>
    public string ContentType { get; init; }

    /// <summary>Size in bytes.</summary>
    public long SizeBytes { get; init; }
}
