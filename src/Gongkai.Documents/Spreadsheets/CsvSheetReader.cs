using System.Text;
using Gongkai.Domain.Imports;

namespace Gongkai.Documents.Spreadsheets;

/// <summary>
/// Reads a CSV file as offices save it: UTF-8 with or without a byte-order mark, or GBK/GB18030 (what Chinese Excel
/// saves as “CSV (逗号分隔)”) — valid UTF-8 is taken as UTF-8, anything else as GB18030; comma-separated (a file whose
/// first line has more tabs than commas is tab-separated), fields quoted with ", line breaks inside quotes. Row
/// numbers are the file's lines as Excel shows them (a quoted field with a line break is one row).
/// </summary>
public static class CsvSheetReader
{
    /// <summary>The most fields in a row.</summary>
    public const int MaxColumns = 200;

    /// <summary>The longest field: 1,000,000 characters.</summary>
    public const int MaxFieldLength = 1_000_000;

    static CsvSheetReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The text of <paramref name="bytes"/> and the encoding's name.</summary>
    public static (string Text, string Encoding) Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            return (new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3), "UTF-8");
        }

        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Encoding.GetEncoding(54936).GetString(bytes), "GB18030");
        }
    }

    /// <summary>The sheet in <paramref name="bytes"/>, named <paramref name="name"/>.</summary>
    /// <exception cref="InvalidDataException">A row wider than <see cref="MaxColumns"/> or a field longer than <see cref="MaxFieldLength"/>.</exception>
    public static ImportSheet Read(byte[] bytes, string name)
    {
        var (text, _) = Decode(bytes);
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n') is var n and >= 0 ? n : text.Length));
        var separator = firstLine.Count('\t') > firstLine.Count(',') ? '\t' : ',';
        var rows = new List<ImportRow>();
        var cells = new List<ImportCell>();
        var field = new StringBuilder();
        var quoted = false;
        var number = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                EndField();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndField();
                rows.Add(new ImportRow(number++, cells));
                cells = [];
            }
            else
            {
                field.Append(c);
            }

            if (field.Length > MaxFieldLength)
            {
                throw new InvalidDataException($"第{number}行有一个字段超过{MaxFieldLength}个字符。");
            }
        }

        if (field.Length > 0 || cells.Count > 0)
        {
            EndField();
            rows.Add(new ImportRow(number, cells));
        }

        return new ImportSheet(name, rows, new HashSet<int>());

        void EndField()
        {
            if (cells.Count >= MaxColumns)
            {
                throw new InvalidDataException($"第{number}行超过{MaxColumns}列。");
            }

            cells.Add(new ImportCell(field.ToString().Trim()));
            field.Clear();
        }
    }
}
