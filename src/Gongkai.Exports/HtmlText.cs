using System.Text;

namespace Gongkai.Exports;

/// <summary>HTML encoding of text and attribute values: &amp; &lt; &gt; &quot; &#39; escaped, Chinese kept as is.</summary>
internal static class HtmlText
{
    public static string Encode(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            builder.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }

        return builder.ToString();
    }
}
