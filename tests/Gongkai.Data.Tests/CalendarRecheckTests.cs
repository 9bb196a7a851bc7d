using Gongkai.Data.Calendar;
using Gongkai.Domain.Calendar;
using Microsoft.Extensions.Time.Testing;

namespace Gongkai.Data.Tests;

/// <summary>
/// The calendar a hot read path (tracking) keeps between checks of the holiday notices: an import on another node (a
/// context on another connection string, so another process's copy) is seen once the recheck bound has passed.
/// </summary>
public sealed class CalendarRecheckTests
{
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(5);

    private static readonly HolidayArrangement NewYear2027 = new(new DateOnly(2027, 1, 1), CalendarDayKind.Off, "元旦", 2027);

    /// <summary>The same database under another connection string: what another web node or the command line uses.</summary>
    private static DatabaseSettings AnotherNode(DatabaseSettings settings) => settings with
    {
        ConnectionString = settings.Provider == DatabaseProvider.Sqlite
            ? settings.ConnectionString + ";Pooling=False"
            : settings.ConnectionString + ";Application Name=another-node",
    };

    [Theory]
    [DatabaseEngines]
    public async Task LoadWithRecheck_ImportOnAnotherNode_IsSeenOnceTheBoundHasPassed(DatabaseProvider provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node1 = database.NewContext();
        await GongkaiDatabase.PrepareAsync(node1, time);
        await using var node2 = GongkaiDatabase.Create(AnotherNode(database.Settings));
        var tracking = new CalendarStore(node1, time);
        Assert.DoesNotContain(2027, (await tracking.LoadAsync(Recheck)).NoticeYears);

        await new CalendarStore(node2, time).ImportAsync([NewYear2027], "另一节点导入");
        time.Advance(Recheck - TimeSpan.FromMilliseconds(1));
        var withinBound = await tracking.LoadAsync(Recheck);
        time.Advance(TimeSpan.FromMilliseconds(1));
        var atBound = await tracking.LoadAsync(Recheck);

        Assert.DoesNotContain(2027, withinBound.NoticeYears);
        Assert.Contains(2027, atBound.NoticeYears);
        Assert.False(atBound.IsWorkingDay(new DateOnly(2027, 1, 1)));
    }

    [Theory]
    [DatabaseEngines]
    public async Task LoadWithRecheck_ImportOnThisNode_IsSeenAtOnce(DatabaseProvider provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        await GongkaiDatabase.PrepareAsync(db, time);
        var store = new CalendarStore(db, time);
        Assert.DoesNotContain(2027, (await store.LoadAsync(Recheck)).NoticeYears);

        await store.ImportAsync([NewYear2027], "本节点导入");

        Assert.Contains(2027, (await store.LoadAsync(Recheck)).NoticeYears);
    }

    [Theory]
    [DatabaseEngines]
    public async Task LoadWithoutRecheck_ImportOnAnotherNode_IsSeenAtOnce(DatabaseProvider provider)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 1, 0, 0, TimeSpan.Zero));
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var node1 = database.NewContext();
        await GongkaiDatabase.PrepareAsync(node1, time);
        await using var node2 = GongkaiDatabase.Create(AnotherNode(database.Settings));
        var store = new CalendarStore(node1, time);
        Assert.DoesNotContain(2027, (await store.LoadAsync(Recheck)).NoticeYears);

        await new CalendarStore(node2, time).ImportAsync([NewYear2027], "另一节点导入");

        Assert.Contains(2027, (await store.LoadAsync()).NoticeYears);
    }
}
