using Gongkai.Domain.Agencies;
using Gongkai.Domain.Notices;
using Gongkai.Domain.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Notices;

internal sealed class IssuedNoticeConfiguration : IEntityTypeConfiguration<IssuedNotice>
{
    /// <summary>The unique index that makes a document number impossible to give twice (agency, year, sequence).</summary>
    public const string NumberIndex = "IX_IssuedNotices_AgencyId_NumberYear_NumberSequence";

    public void Configure(EntityTypeBuilder<IssuedNotice> builder)
    {
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(n => new { n.AgencyId, n.NumberYear, n.NumberSequence }).IsUnique().HasDatabaseName(NumberIndex);
        builder.HasIndex(n => n.RequestId);
        builder.HasOne<DisclosureRequest>().WithMany().HasForeignKey(n => n.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Agency>().WithMany().HasForeignKey(n => n.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.NumberPrefix).HasMaxLength(20);
        builder.Property(n => n.DocumentNumber).HasMaxLength(60);
        builder.Property(n => n.Letterhead).HasMaxLength(200);
        builder.Property(n => n.Title).HasMaxLength(200);
        builder.Property(n => n.Addressee).HasMaxLength(300);
        builder.Property(n => n.Body).HasMaxLength(20000);
        builder.Property(n => n.Signatory).HasMaxLength(200);
        builder.Property(n => n.DateLine).HasMaxLength(40);
        builder.Property(n => n.IssuedBy).HasMaxLength(100);
        builder.Ignore(n => n.Number);
        builder.Ignore(n => n.Text);
    }
}
