using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Calendar.Cal;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>
/// Due dates without events (第三十三条第二款: the 20th working day after the day of receipt, which is day zero),
/// each computed by hand from the official notices in cn-holidays.csv. "n" below is the working-day count.
/// </summary>
public sealed class DueDateTests
{
    [Theory]
    // 国庆节 2024 (国办发明电〔2023〕7号): off 10-01..10-07, make-up 09-29 (Sun) and 10-12 (Sat).
    // Fri 09-27 = day 0. 09-28 Sat no; 09-29 Sun make-up 1; 09-30 2; 10-01..07 off; 10-08..11 3..6;
    // 10-12 Sat make-up 7; 10-14..18 8..12; 10-21..25 13..17; 10-28 18, 10-29 19, 10-30 Wed 20.
    [InlineData("2024-09-27", "2024-10-30")]
    // 春节 2025: off 01-28..02-04, make-up 01-26 (Sun) and 02-08 (Sat).
    // Fri 01-24 = day 0. 01-25 Sat no; 01-26 Sun make-up 1; 01-27 2; 01-28..02-04 off; 02-05..07 3..5;
    // 02-08 Sat make-up 6; 02-10..14 7..11; 02-17..21 12..16; 02-24 17, 25 18, 26 19, 02-27 Thu 20.
    [InlineData("2025-01-24", "2025-02-27")]
    // Received on the make-up Sunday 2025-01-26 itself: a working day, so it is day 0. 01-27 1; 02-05..07 2..4;
    // 02-08 5; 02-10..14 6..10; 02-17..21 11..15; 02-24..28 16..20 → Fri 02-28.
    [InlineData("2025-01-26", "2025-02-28")]
    // Mon 01-27, the last working day before the festival = day 0. 02-05..07 1..3; 02-08 4; 02-10..14 5..9;
    // 02-17..21 10..14; 02-24..28 15..19; Mon 03-03 20.
    [InlineData("2025-01-27", "2025-03-03")]
    // Thu 01-30 is a holiday: the first working day after it (02-05) is day 1 — same count as from 01-27 → 03-03.
    [InlineData("2025-01-30", "2025-03-03")]
    // 春节 2026: off 02-15..02-23, make-up 02-14 (Sat) and 02-28 (Sat).
    // Thu 02-12 = day 0. 02-13 1; 02-14 Sat make-up 2; 02-15..23 off; 02-24..27 3..6; 02-28 Sat 7;
    // 03-02..06 8..12; 03-09..13 13..17; 03-16 18, 17 19, 03-18 Wed 20.
    [InlineData("2026-02-12", "2026-03-18")]
    // Fri 02-13 = day 0. 02-14 Sat make-up 1; 02-24..27 2..5; 02-28 6; 03-02..06 7..11; 03-09..13 12..16;
    // 03-16 17, 17 18, 18 19, 03-19 Thu 20.
    [InlineData("2026-02-13", "2026-03-19")]
    // Received on the make-up Saturday 2026-02-14 (a working day) = day 0. 02-24..27 1..4; 02-28 5;
    // 03-02..06 6..10; 03-09..13 11..15; 03-16..20 16..20 → Fri 03-20.
    [InlineData("2026-02-14", "2026-03-20")]
    // Mon 02-16 is a holiday: first working day after it, 02-24, is day 1 — as from 02-14 → Fri 03-20.
    [InlineData("2026-02-16", "2026-03-20")]
    // Year end: Mon 2025-12-15 = day 0. 12-16..19 1..4; 12-22..26 5..9; 12-29..31 10..12; 2026 元旦: off 01-01..03,
    // make-up Sun 01-04 13; 01-05..09 14..18; 01-12 19, Tue 01-13 20.
    [InlineData("2025-12-15", "2026-01-13")]
    // An ordinary month with 清明 2025 (off 04-04..06): Mon 03-03 = day 0. 03-04..07 1..4; 03-10..14 5..9;
    // 03-17..21 10..14; 03-24..28 15..19; Mon 03-31 20 (before 清明).
    [InlineData("2025-03-03", "2025-03-31")]
    // Sat 2025-03-15 (not a working day): Mon 03-17 is day 1. 03-17..21 1..5; 03-24..28 6..10; 03-31..04-03 11..14;
    // 04-04..06 清明 off; 04-07..11 15..19; Mon 04-14 20.
    [InlineData("2025-03-15", "2025-04-14")]
    // Sun 2025-03-16: also day 1 = Mon 03-17 → 04-14, like the Saturday (and like Fri 03-14).
    [InlineData("2025-03-16", "2025-04-14")]
    [InlineData("2025-03-14", "2025-04-14")]
    public void DueOn_ReceivedInPersonWithoutEvents_IsTwentiethWorkingDayAfterReceipt(string received, string due)
    {
        var proof = RunInPerson(received);

        Assert.Equal(D(received), proof.ReceivedOn);
        Assert.Equal(D(due), proof.DueOn);
        Assert.Equal(ClockState.Running, proof.State);
        Assert.Empty(proof.Warnings);
        Assert.Null(proof.EndedOn);
        Assert.Null(proof.EndedWith);
        Assert.Equal(0, proof.ExtensionWorkingDays);
    }

    [Fact]
    public void DueOn_OnlineSubmittedThursdayConfirmedSaturday_CountsFromTheConfirmationDay()
    {
        // 第三十一条第（三）项: received = the day both sides confirm = Sat 2025-03-15 → day 1 Mon 03-17 → 04-14
        // (see the table above). Counting from the submission day Thu 03-13 would have given Fri 04-11
        // (03-14 1; 03-17..21 2..6; 03-24..28 7..11; 03-31..04-03 12..15; 04-07..11 16..20).
        var proof = Clock.Run(new Receipt(SubmissionChannel.Online, D("2025-03-13"), D("2025-03-15")), []);

        Assert.Equal(D("2025-03-15"), proof.ReceivedOn);
        Assert.Equal(D("2025-04-14"), proof.DueOn);
        Assert.Empty(proof.Warnings);
    }

    [Fact]
    public void DueOn_InPersonOnSaturday_FirstWorkingDayAfterIsDayOneAndProofSaysSo()
    {
        var proof = RunInPerson("2025-03-15");

        Assert.Equal(D("2025-04-14"), proof.DueOn);
        Assert.Contains(proof.Steps, s => s.Text.Contains("2025年3月15日（星期六）不是工作日，自其后第一个工作日起计为第1个工作日", StringComparison.Ordinal));
    }

    [Fact]
    public void DueOn_DueComputation_AgreesWithCalendarAddWorkingDays()
    {
        // Without events the clock is exactly AddWorkingDays(receipt, 20).
        foreach (var received in new[] { "2024-09-27", "2025-01-24", "2026-02-13", "2025-12-15", "2008-02-04", "2020-01-23" })
        {
            Assert.Equal(Official.AddWorkingDays(D(received), StatutoryClock.ReplyWorkingDays), RunInPerson(received).DueOn);
        }
    }

    [Fact]
    public void DueOn_2020SpringFestivalExtension_DroppedMakeUpDayIsNotCounted()
    {
        // 2020 春节 extended to 02-02 (国办发明电〔2020〕1号): 01-24..02-02 off, 01-19 (Sun) still a make-up day,
        // 02-01 (Sat) no longer one. Thu 2020-01-23 = day 0; 01-24..02-02 off; 02-03..07 1..5; 02-10..14 6..10;
        // 02-17..21 11..15; 02-24..28 16..20 → Fri 2020-02-28.
        Assert.False(Official.IsWorkingDay(D("2020-02-01")));
        Assert.Equal(D("2020-02-28"), RunInPerson("2020-01-23").DueOn);
    }
}
