namespace Gongkai.Domain.Catalogue;

/// <summary>
/// The bytes of an uploaded attachment, stored in the database next to its entry. Only the kinds of file a disclosure
/// office publishes are accepted — PDF, Word (.docx), Excel (.xlsx) and images (.png, .jpg/.jpeg) — each recognised by
/// its extension and its leading bytes, and no larger than <see cref="MaxBytes"/> (10 MiB); see
/// docs/back-office-catalogue.md.
/// </summary>
public sealed class CatalogueAttachmentFile
{
    /// <summary>The largest file accepted: 10 MiB.</summary>
    public const long MaxBytes = 10L * 1024 * 1024;

    /// <summary>The extensions accepted, as the upload form lists them.</summary>
    public const string AcceptedExtensions = ".pdf,.docx,.xlsx,.png,.jpg,.jpeg";

    private static readonly Dictionary<string, (string ContentType, byte[] Magic)> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", "%PDF"u8.ToArray()),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", [0x50, 0x4B, 0x03, 0x04]),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [0x50, 0x4B, 0x03, 0x04]),
        [".png"] = ("image/png", [0x89, 0x50, 0x4E, 0x47]),
        [".jpg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = ("image/jpeg", [0xFF, 0xD8, 0xFF]),
    };

    private CatalogueAttachmentFile()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        Content = [];
    }

    /// <summary>Identity (also <see cref="CatalogueAttachment.Id"/>).</summary>
    public Guid Id { get; private set; }

    /// <summary>The entry the file belongs to.</summary>
    public Guid EntryId { get; private set; }

    /// <summary>The file name as uploaded (without any folder).</summary>
    public string FileName { get; private set; }

    /// <summary>The MIME type derived from the extension (never the one the browser claimed).</summary>
    public string ContentType { get; private set; }

    /// <summary>The bytes.</summary>
    public byte[] Content { get; private set; }

    /// <summary>The metadata the entry lists.</summary>
    public CatalogueAttachment Metadata => new(FileName, ContentType, Content.LongLength, Id);

    /// <summary>Accepts an uploaded file for entry <paramref name="entryId"/>.</summary>
    /// <exception cref="RuleViolationException">Empty, too large, a type not accepted, or content that is not what the extension says.</exception>
    public static CatalogueAttachmentFile Upload(Guid id, Guid entryId, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/')).Trim();
        if (name.Length == 0)
        {
            throw new RuleViolationException("附件须有文件名。");
        }

        if (name.Length > 200)
        {
            throw new RuleViolationException("附件文件名不能超过200个字符。");
        }

        if (content.Length == 0)
        {
            throw new RuleViolationException($"附件“{name}”是空文件。");
        }

        if (content.LongLength > MaxBytes)
        {
            throw new RuleViolationException($"附件“{name}”超过{MaxBytes / 1024 / 1024} MB，不能上传。");
        }

        if (!Kinds.TryGetValue(Path.GetExtension(name), out var kind))
        {
            throw new RuleViolationException($"附件“{name}”的类型不能上传：只接受 PDF、Word（.docx）、Excel（.xlsx）和图片（.png、.jpg）。");
        }

        if (!content.AsSpan().StartsWith(kind.Magic))
        {
            throw new RuleViolationException($"附件“{name}”的内容与其扩展名不符。");
        }

        return new CatalogueAttachmentFile { Id = id, EntryId = entryId, FileName = name, ContentType = kind.ContentType, Content = content };
    }
}
