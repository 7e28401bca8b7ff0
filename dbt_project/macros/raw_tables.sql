{#
    The raw layer as sources see it (database `raw`). DuckDB attaches `raw.duckdb`
    (profiles.yml), so there is nothing to do; on Spark, ingestion writes each raw table
    as Parquet under `$SESSIONLENS_HOME/spark/raw/<table>/`, and each run registers
    those folders in its catalog (new files in them are read by the next run).
#}
{% macro register_raw_tables() -%}
    {{ return(adapter.dispatch('register_raw_tables', 'sessionlens')()) }}
{%- endmacro %}

{% macro default__register_raw_tables() -%}
{%- endmacro %}

{% macro spark__register_raw_tables() -%}
    {%- set raw_dir = env_var('SESSIONLENS_HOME', '../.sessionlens') ~ '/spark/raw' -%}
    {%- do run_query('create database if not exists raw') -%}
    {%- for table in ['events', 'rejected_lines', 'ingested_files'] %}
        {%- do run_query(
            'create table if not exists raw.' ~ table
            ~ " using parquet location '" ~ raw_dir ~ '/' ~ table ~ "'"
        ) -%}
        {%- do run_query('refresh table raw.' ~ table) -%}
    {%- endfor %}
{%- endmacro %}
