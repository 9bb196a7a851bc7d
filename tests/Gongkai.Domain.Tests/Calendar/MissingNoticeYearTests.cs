using Gongkai.Domain.Calendar;
using static Gongkai.Domain.Tests.Calendar.Cal;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>
/// Dates not covered by a loaded notice (2027 at the time of writing; 25–31 December of 2026, which the 2027 notice
/// may still rearrange for 元旦) are counted Monday–Friday and the proof warns, naming the missing year.
/// </summary>
public sealed class MissingNoticeYearTests
{
    [Theory]
    [InlineData("2025-06-15", null)]
    [InlineData("2025-12-31", null)] // late December 2025: the 2026 notice is loaded
    [InlineData("2026-12-24", null)] // 24 December is never touched by the next notice
    [InlineData("2026-12-25", 2027)]
    [InlineData("2026-12-28", 2027)]
    [InlineData("2026-12-31", 2027)]
    [InlineData("2027-01-04", 2027)]
    [InlineData("2008-01-01", null)]
    [InlineData("2007-12-29", 2007)] // set by the 2008 notice, but the 2007 notice (rest of 2007) is not loaded
    [InlineData("2007-06-01", 2007)]
    public void MissingNoticeYear_OfficialCalendar_NamesTheNoticeThatCouldDecideTheDate(string date, int? missing)
    {
        Assert.Equal(missing, Official.MissingNoticeYear(D(date)));
    }

    [Fact]
    public void DueOn_ReceivedInUnloadedYear2027_ComputedMondayToFridayWithWarningNaming2027()
    {
        // No 2027 notice: Mon 2027-03-01 = day 0; Mon–Fri only: 03-02..05 1..4; 03-08..12 5..9; 03-15..19 10..14;
        // 03-22..26 15..19; Mon 03-29 20.
        var proof = RunInPerson("2027-03-01");

        Assert.Equal(D("2027-03-29"), proof.DueOn);
        var warning = Assert.Single(proof.Warnings);
        Assert.Contains("2027年", warning, StringComparison.Ordinal);
        Assert.Contains("周一至周五", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void DueOn_DueOn2026December28_WarnsAbout2027ByTheLateDecemberRule()
    {
        // Mon 2026-11-30 = day 0 (no 2026 holiday left after 10-10): 12-01..04 1..4; 12-07..11 5..9; 12-14..18 10..14;
        // 12-21..25 15..19; Mon 12-28 20. Every date used is in 2026, but 12-25..28 could still be rearranged by the
        // 2027 notice (as 2007-12-29, 2018-12-29 and 2023-12-30 were by the next year's notice).
        var proof = RunInPerson("2026-11-30");

        Assert.Equal(D("2026-12-28"), proof.DueOn);
        var warning = Assert.Single(proof.Warnings);
        Assert.Contains("2027年", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void DueOn_DueOn2026December24_NoWarning()
    {
        // Thu 2026-11-26 = day 0: 11-27 1; 11-30..12-04 2..6; 12-07..11 7..11;
        // 12-14..18 12..16; 12-21..24 17..20 → Thu 12-24, before the late-December window.
        var proof = RunInPerson("2026-11-26");

        Assert.Equal(D("2026-12-24"), proof.DueOn);
        Assert.Empty(proof.Warnings);
    }

    [Fact]
    public void DueOn_CrossingYearEnd2025_NoWarning()
    {
        // 2025-12-15 → 2026-01-13 (DueDateTests): late December 2025 and January 2026 are both covered.
        Assert.Empty(RunInPerson("2025-12-15").Warnings);
    }

    [Fact]
    public void DueOn_CrossingIntoUnloaded2027_OneWarningNaming2027()
    {
        // Mon 2026-12-14 = day 0: 12-15..18 1..4; 12-21..25 5..9; 12-28..31 10..13; 2027 counted Mon–Fri:
        // 01-01 (Fri) 14; 01-04..08 15..19; Mon 01-11 20. (The real 2027 notice will almost surely make 01-01 a
        // holiday — which is exactly what the warning is for.)
        var proof = RunInPerson("2026-12-14");

        Assert.Equal(D("2027-01-11"), proof.DueOn);
        var warning = Assert.Single(proof.Warnings);
        Assert.Contains("2027年", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Paused_ReceivedIn2027AndConsultingFromDayZero_StillWarnsAbout2027()
    {
        // No working day is counted yet, but the proof already states whether the day of receipt is a working day
        // ("…为第0日"), which only the 2027 notice can decide.
        var proof = RunInPerson("2027-03-01", Consult("2027-03-01"));

        Assert.Equal(ClockState.Paused, proof.State);
        Assert.Contains(proof.Warnings, w => w.Contains("2027年", StringComparison.Ordinal));
    }

    [Fact]
    public void AwaitingCorrection_SevenDayLimitIn2027_StillWarns()
    {
        // The correction-notice limit is computed on unloaded dates too, and says so.
        var proof = RunInPerson("2027-03-01", E(ClockEventKind.CorrectionRequested, "2027-03-03"));

        Assert.Contains(proof.Warnings, w => w.Contains("2027年", StringComparison.Ordinal));
    }
}
