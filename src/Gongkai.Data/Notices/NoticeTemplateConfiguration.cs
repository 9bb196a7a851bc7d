using Gongkai.Domain.Agencies;
using Gongkai.Domain.Notices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.Notices;

internal sealed class NoticeTemplateConfiguration : IEntityTypeConfiguration<NoticeTemplate>
{
    public void Configure(EntityTypeBuilder<NoticeTemplate> builder)
    {
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasIndex(t => new { t.AgencyId, t.Kind }).IsUnique();
        builder.HasOne<Agency>().WithMany().HasForeignKey(t => t.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(t => t.Letterhead).HasMaxLength(200);
        builder.Property(t => t.NumberPrefix).HasMaxLength(20);
        builder.Property(t => t.Title).HasMaxLength(200);
        builder.Property(t => t.Body).HasMaxLength(8000);
        builder.Property(t => t.Remedies).HasMaxLength(1000);
        builder.Property(t => t.RevisedBy).HasMaxLength(100);
        builder.Ignore(t => t.IsBuiltIn);
        builder.Ignore(t => t.Text);
    }
}
