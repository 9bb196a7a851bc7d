using Gongkai.Domain.Calendar;
using Gongkai.Domain.Requests;
using static Gongkai.Domain.Tests.Calendar.Cal;

namespace Gongkai.Domain.Tests.Calendar;

/// <summary>
/// 第三十一条: the date of receipt by channel. The receipt day is Mon 2025-03-03 in each case, so the due date is
/// Mon 2025-03-31 (03-04..07 1..4; 03-10..14 5..9; 03-17..21 10..14; 03-24..28 15..19; 03-31 20).
/// </summary>
public sealed class ReceiptChannelTests
{
    public static TheoryData<string, SubmissionChannel, string, string?, string, string> Channels => new()
    {
        // name, channel, submitted, confirmed, article of the receipt step, words the receipt step must contain
        { "in person", SubmissionChannel.InPerson, "2025-03-03", null, "第三十一条第（一）项", "当面提交" },
        { "post, signed for", SubmissionChannel.Post, "2025-03-03", null, "第三十一条第（二）项", "签收之日" },
        // An ordinary letter found in the mailbox on Sat 03-01, confirmed with the applicant on Mon 03-03.
        { "ordinary letter, confirmed", SubmissionChannel.Post, "2025-03-01", "2025-03-03", "第三十一条第（二）项", "平常信函" },
        // Sent online on Sun 03-02, both sides confirmed Mon 03-03.
        { "online, confirmed", SubmissionChannel.Online, "2025-03-02", "2025-03-03", "第三十一条第（三）项", "通过互联网渠道提交，以双方确认之日" },
        { "email, confirmed", SubmissionChannel.Email, "2025-03-02", "2025-03-03", "第三十一条第（三）项", "通过互联网渠道提交，以双方确认之日" },
        { "fax, confirmed", SubmissionChannel.Fax, "2025-03-03", "2025-03-03", "第三十一条第（三）项", "传真" },
    };

    [Theory]
    [MemberData(nameof(Channels))]
    public void ReceivedOn_EachChannel_FollowsArticle31AndCitesTheRightItem(
        string name, SubmissionChannel channel, string submitted, string? confirmed, string article, string words)
    {
        var receipt = new Receipt(channel, D(submitted), confirmed is null ? null : D(confirmed));

        var proof = Clock.Run(receipt, []);

        Assert.True(proof.ReceivedOn == D("2025-03-03"), name);
        Assert.Equal(D("2025-03-31"), proof.DueOn);
        Assert.Empty(proof.Warnings);
        Assert.Equal(article, proof.Steps[0].Article);
        Assert.Equal(D("2025-03-03"), proof.Steps[0].On);
        Assert.Contains(words, proof.Steps[0].Text, StringComparison.Ordinal);
        Assert.Contains("2025年3月3日（星期一）", proof.Steps[0].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(SubmissionChannel.Online)]
    [InlineData(SubmissionChannel.Email)]
    [InlineData(SubmissionChannel.Fax)]
    public void ReceivedOn_UnconfirmedElectronicRequest_ProvisionallySubmissionDayWithWarning(SubmissionChannel channel)
    {
        var proof = Clock.Run(new Receipt(channel, D("2025-03-03")), []);

        Assert.Equal(D("2025-03-03"), proof.ReceivedOn);
        Assert.Equal(D("2025-03-31"), proof.DueOn);
        var warning = Assert.Single(proof.Warnings);
        Assert.Contains("尚未记录双方确认之日", warning, StringComparison.Ordinal);
        Assert.Contains("第三十一条第（三）项", warning, StringComparison.Ordinal);
        Assert.Equal("第三十一条第（三）项", proof.Steps[0].Article);
        Assert.Contains("尚未确认", proof.Steps[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReceivedOn_InPersonWithDifferentConfirmationDate_UsesSubmissionDayAndWarns()
    {
        var proof = Clock.Run(new Receipt(SubmissionChannel.InPerson, D("2025-03-03"), D("2025-03-05")), []);

        Assert.Equal(D("2025-03-03"), proof.ReceivedOn);
        Assert.Single(proof.Warnings);
    }

    [Fact]
    public void ReceivedOn_ConfirmationBeforeSubmission_IsRefused()
    {
        var ex = Assert.Throws<RuleViolationException>(() =>
            Clock.Run(new Receipt(SubmissionChannel.Online, D("2025-03-03"), D("2025-03-02")), []));

        Assert.Contains("早于提交日期", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReceivedOn_OnlineConfirmedAfterAHoliday_CountsFromConfirmation()
    {
        // Sent Tue 2024-09-24, confirmed only Fri 09-27: received 09-27 → due Wed 2024-10-30 (国庆节 case in
        // DueDateTests). From 09-24 it would be 09-25..27 1..3, 09-29 4, 09-30 5, 10-08..11 6..9, 10-12 10,
        // 10-14..18 11..15, 10-21..25 16..20 → Fri 10-25.
        var confirmed = Clock.Run(new Receipt(SubmissionChannel.Online, D("2024-09-24"), D("2024-09-27")), []);
        var unconfirmed = Clock.Run(new Receipt(SubmissionChannel.Online, D("2024-09-24")), []);

        Assert.Equal(D("2024-10-30"), confirmed.DueOn);
        Assert.Equal(D("2024-10-25"), unconfirmed.DueOn);
    }
}
