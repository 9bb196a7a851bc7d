using Gongkai.Domain.AnnualReports.Publishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Gongkai.Data.AnnualReports;

internal sealed class SectionEditConfiguration : IEntityTypeConfiguration<SectionEdit>
{
    public void Configure(EntityTypeBuilder<SectionEdit> builder)
    {
        builder.ToTable("AnnualReportSectionEdits");
        builder.Property<long>("Id");
        builder.HasKey("Id");
        builder.Property(e => e.Heading).HasMaxLength(200);
        builder.ComplexProperty(e => e.EditedBy, who => AnnualReportDraftConfiguration.Who(who, "EditedBy"));
    }
}
