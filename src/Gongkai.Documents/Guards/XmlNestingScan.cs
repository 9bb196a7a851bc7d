using System.Xml;

namespace Gongkai.Documents.Guards;

/// <summary>
/// Streams an XML part through <see cref="XmlReader"/> (iterative, no tree built) and tells whether its elements nest
/// deeper than <see cref="ReadingLimits.MaxXmlDepth"/>. Parts that are not XML (pictures, fonts) stop the reader at
/// once and pass; a part that stops being well-formed passes too, because every XML reader stops at the same byte,
/// before it could nest any deeper than this scan has already seen.
/// </summary>
public static class XmlNestingScan
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
        MaxCharactersInDocument = ReadingLimits.MaxCharactersInXmlPart,
    };

    /// <summary>The deepest element nesting seen in <paramref name="xml"/>, stopping as soon as it passes <paramref name="limit"/>.</summary>
    public static int DeepestNesting(Stream xml, int limit = ReadingLimits.MaxXmlDepth)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var deepest = 0;
        try
        {
            using var reader = XmlReader.Create(xml, Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    var depth = reader.Depth + 1;
                    if (depth > deepest)
                    {
                        deepest = depth;
                        if (deepest > limit)
                        {
                            return deepest;
                        }
                    }
                }
            }
        }
        catch (XmlException)
        {
            // not XML, or not well-formed from here on: no reader goes deeper than what was seen
        }

        return deepest;
    }
}
