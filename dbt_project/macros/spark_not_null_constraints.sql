{#
    Spark's Parquet tables cannot declare NOT NULL (only Delta tables can, and Delta is
    not part of the pyspark distribution), so dbt-spark's `alter table … set not null`
    fails. The marts' `not_null` constraints are checked instead, right after the table
    is written: a null fails the model, as DuckDB's enforced constraint does.
#}
{% macro spark__alter_column_set_constraints(relation, column_dict) %}
    {%- set checked = [] -%}
    {%- for column_name, column in column_dict.items() -%}
        {%- for constraint in column['constraints'] -%}
            {%- if constraint.type != 'not_null' -%}
                {{ exceptions.raise_compiler_error(
                    'Only not_null constraints are checked on Spark: ' ~ column_name
                    ~ ' declares ' ~ constraint.type
                ) }}
            {%- endif -%}
            {%- do checked.append(adapter.quote(column_name) if column['quote'] else column_name) -%}
        {%- endfor -%}
    {%- endfor -%}
    {%- if checked -%}
        {%- set null_counts = [] -%}
        {%- for column in checked -%}
            {%- do null_counts.append('sum(case when ' ~ column ~ ' is null then 1 else 0 end)') -%}
        {%- endfor -%}
        {%- set nulls = run_query('select ' ~ null_counts | join(', ') ~ ' from ' ~ relation) -%}
        {%- set failing = [] -%}
        {%- for column in checked -%}
            {%- set null_rows = nulls.rows[0][loop.index0] -%}
            {%- if null_rows -%}
                {%- do failing.append(column ~ ' (' ~ null_rows ~ ' rows)') -%}
            {%- endif -%}
        {%- endfor -%}
        {%- if failing -%}
            {{ exceptions.raise_database_error(
                relation ~ ' breaks its not_null constraints: ' ~ failing | join(', ')
            ) }}
        {%- endif -%}
    {%- endif -%}
{% endmacro %}
