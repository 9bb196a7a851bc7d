namespace Gongkai.Domain.Catalogue;

/// <summary>Removes from officer-supplied HTML everything that could run script or load content (kept out of the domain).</summary>
public interface IRichTextSanitizer
{
    /// <summary>The HTML with only safe markup left.</summary>
    string Sanitize(string html);
}
