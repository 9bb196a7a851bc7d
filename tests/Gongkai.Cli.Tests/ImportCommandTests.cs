namespace Gongkai.Cli.Tests;

/// <summary><c>gongkai import requests</c> as the user runs it: exit 0 imported, 1 refused (nothing written), 2 bad arguments.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Header = "某县依申请公开台账,,,,,,,\n申请人,申请人类型,收到日期,申请方式,申请内容,答复日期,答复结果,备注\n";

    private readonly GongkaiProcess _gongkai = new();

    public void Dispose() => _gongkai.Dispose();

    [Fact]
    public async Task ImportRequests_GoodThenBadLedger_Exit0ThenExit1WithRowAndNothingWritten()
    {
        Assert.Equal(0, (await _gongkai.RunAsync(null, "demo")).ExitCode);
        var good = Path.Combine(_gongkai.Folder, "台账.csv");
        await File.WriteAllTextAsync(good, Header + "张三,个人,2019-03-05,当面,某村低保名单,2019/3/20,同意公开,\n合计,1件,,,,,,\n");
        var bad = Path.Combine(_gongkai.Folder, "坏台账.csv");
        await File.WriteAllTextAsync(bad, Header + "李四,个人,2019-02-30,当面,某路拆迁补偿,2019-03-20,同意公开,\n");

        var (dryExit, dryOutput, _) = await _gongkai.RunAsync(null, "import", "requests", "--agency", "BYEB", good, "--dry-run");
        var (exit, output, error) = await _gongkai.RunAsync(null, "import", "requests", "--agency", "BYEB", good, "--format", "json");
        var (againExit, againOutput, _) = await _gongkai.RunAsync(null, "import", "requests", "--agency", "BYEB", good);
        var refusals = Path.Combine(_gongkai.Folder, "退回.xlsx");
        var (badExit, badOutput, _) = await _gongkai.RunAsync(null, "import", "requests", "--agency", "BYEB", bad, "--refusals", refusals);

        Assert.Equal(0, dryExit);
        Assert.Contains("将导入 1 行", dryOutput, StringComparison.Ordinal);
        Assert.True(exit == 0, error);
        Assert.Contains("\"imported\": 1", output, StringComparison.Ordinal);
        Assert.Equal(0, againExit);
        Assert.Contains("已导入 0 行（已有 1 行未重复导入）", againOutput, StringComparison.Ordinal);
        Assert.Equal(1, badExit);
        Assert.Contains("第3行 C列（收到日期）“2019-02-30”", badOutput, StringComparison.Ordinal);
        Assert.Contains("未写入任何内容", badOutput, StringComparison.Ordinal);
        Assert.True(new FileInfo(refusals).Length > 0);
    }

    [Fact]
    public async Task ImportRequests_UnknownAgencyOrMissingFile_Exit2()
    {
        var ledger = Path.Combine(_gongkai.Folder, "台账.csv");
        await File.WriteAllTextAsync(ledger, Header);

        var (unknownExit, _, unknownError) = await _gongkai.RunAsync(null, "import", "requests", "--agency", "不存在的机关", ledger);
        var (missingExit, _, missingError) = await _gongkai.RunAsync(null, "import", "requests", "--agency", "BYEB", Path.Combine(_gongkai.Folder, "无此文件.xlsx"));

        Assert.Equal(2, unknownExit);
        Assert.Contains("找不到机关", unknownError, StringComparison.Ordinal);
        Assert.Equal(2, missingExit);
        Assert.Contains("找不到文件", missingError, StringComparison.Ordinal);
    }
}
