using System.Text;

namespace Gongkai.Documents.Tests;

/// <summary>A temporary folder for files a test writes; deleted on dispose.</summary>
internal sealed class TestFiles : IDisposable
{
    static TestFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public TestFiles()
    {
        Folder = Directory.CreateTempSubdirectory("gongkai-documents-").FullName;
    }

    public string Folder { get; }

    public static Encoding Gbk => Encoding.GetEncoding(936);

    public static Encoding Big5 => Encoding.GetEncoding(950);

    public string Write(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // leftovers in the temp folder are harmless
        }
    }
}
