using Gongkai.Domain.Agencies;
using Gongkai.Domain.AnnualReports.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.AnnualReports;

internal sealed class AnnualReportVersionConfiguration : IEntityTypeConfiguration<AnnualReportVersion>
{
    public void Configure(EntityTypeBuilder<AnnualReportVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.GeneratorVersion).HasMaxLength(40);
        builder.Property(v => v.ChangeNote).HasMaxLength(2000);
        builder.HasOne<Agency>().WithMany().HasForeignKey(v => v.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AnnualReportDraft>().WithMany().HasForeignKey(v => v.DraftId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.AgencyId, v.Year, v.VersionNumber }).IsUnique();
        builder.ComplexProperty(v => v.PublishedBy, who => AnnualReportDraftConfiguration.Who(who, "PublishedBy"));
        builder.Property(v => v.ImportedFrom).HasMaxLength(500);
        builder.Ignore(v => v.IsImported);
        builder.Ignore(v => v.IsCorrection);
        builder.Ignore(v => v.PublishedOn);
    }
}
